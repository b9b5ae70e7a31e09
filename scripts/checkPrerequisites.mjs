// `npm test` needs a few things npm cannot install: a Chromium for the browser tests and PDF
// rendering, and poppler's tools for checking PDFs. Stop early with one line if one is missing.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const onPath = (name) => (process.env.PATH ?? '').split(delimiter).some((d) => d && existsSync(join(d, name)));

const missing = [];
const chromium = process.env.REFERENT_CHROMIUM;
if (chromium ? !existsSync(chromium) : !['chromium', 'chromium-browser', 'google-chrome'].some(onPath)) {
  missing.push(chromium ? `Chromium at REFERENT_CHROMIUM=${chromium}` : 'chromium');
}
for (const tool of ['pdftotext', 'pdfinfo', 'pdffonts']) {
  if (!onPath(tool)) {
    missing.push('poppler-utils');
    break;
  }
}
if (missing.length) {
  console.error(`npm test mangler: ${missing.join(', ')}. Installér med: sudo apt-get install -y chromium poppler-utils (eller sæt REFERENT_CHROMIUM=/sti/til/chromium).`);
  process.exit(1);
}
