/**
 * The document's metadata, said twice as PDF/UA wants: the Info dictionary and an XMP stream
 * (Chromium writes no XMP). `pdfuaid:part 1` is claimed only when the whole file conforms.
 */
import { PDFName, type PDFDocument } from 'pdf-lib';

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  producer: string;
  created: Date;
  claimPdfUa: boolean;
}

const xml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function xmpPacket(m: PdfMetadata): string {
  const date = m.created.toISOString();
  const alt = (s: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${xml(s)}</rdf:li></rdf:Alt>`;
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    ' xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title>${alt(m.title)}</dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${xml(m.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:description>${alt(m.subject)}</dc:description>`,
    '<dc:language><rdf:Bag><rdf:li>da</rdf:li></rdf:Bag></dc:language>',
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    `<xmp:CreatorTool>${xml(m.producer)}</xmp:CreatorTool>`,
    `<pdf:Producer>${xml(m.producer)}</pdf:Producer>`,
    m.claimPdfUa ? '<pdfuaid:part>1</pdfuaid:part>' : '',
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}

export function writeMetadata(doc: PDFDocument, m: PdfMetadata): void {
  // showInWindowTitleBar sets /ViewerPreferences /DisplayDocTitle true, as PDF/UA asks.
  doc.setTitle(m.title, { showInWindowTitleBar: true });
  doc.setAuthor(m.author);
  doc.setSubject(m.subject);
  doc.setCreator(m.producer);
  doc.setProducer(m.producer);
  doc.setCreationDate(m.created);
  doc.setModificationDate(m.created);
  doc.setLanguage('da');
  // Uncompressed, as the XMP spec asks, so any tool can find the packet.
  const stream = doc.context.stream(new TextEncoder().encode(xmpPacket(m)), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
}
