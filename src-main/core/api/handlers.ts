import type { Handlers } from '../../shared/api/contract';
import type { Services } from '../services';

/** The handler table: one line per contract method, typed by the contract. */
export function createHandlers(s: Services): Handlers {
  return {
    'app.info': () => s.app.info(),

    'forums.list': () => s.forums.list(),
    'forums.get': ({ id }) => s.forums.get(id),
    'forums.create': (input) => s.forums.create(input),
    'forums.setLogo': (input) => s.forumLogos.set(input),
    'forums.removeLogo': (input) => s.forumLogos.remove(input),
    'forums.logo': (input) => s.forumLogos.get(input),
    'forums.words': (input) => s.forumWords.words(input),
    'forums.addWord': (input) => s.forumWords.add(input),
    'forums.removeWord': (input) => s.forumWords.remove(input),

    'members.list': (input) => s.members.list(input),
    'members.add': (input) => s.members.add(input),
    'members.update': (input) => s.members.update(input),
    'members.retire': (input) => s.members.retire(input),

    'meetings.list': (input) => s.meetings.list(input),
    'meetings.get': ({ id }) => s.meetings.get(id),
    'meetings.create': (input) => s.meetings.create(input),
    'meetings.updateHeader': (input) => s.meetings.updateHeader(input),
    'meetings.setNextMeeting': (input) => s.meetings.setNextMeeting(input),
    'meetings.delete': (input) => s.meetings.delete(input),
    'meetings.importFile': (input) => s.meetings.importFile(input),
    'meetings.exportFile': (input) => s.meetings.exportFile(input),

    'items.add': (input) => s.items.add(input),
    'items.updateField': (input) => s.items.updateField(input),
    'items.move': (input) => s.items.move(input),
    'items.delete': (input) => s.items.delete(input),
    'items.restore': (input) => s.items.restore(input),

    'decisions.update': (input) => s.minutes.updateDecision(input),
    'decisions.clear': (input) => s.minutes.clearDecision(input),
    'roundTable.set': (input) => s.minutes.setRoundTable(input),
    'absences.set': (input) => s.minutes.setAbsence(input),
    'absences.remove': (input) => s.minutes.removeAbsence(input),
    'actions.add': (input) => s.minutes.addAction(input),
    'actions.update': (input) => s.minutes.updateAction(input),
    'actions.delete': (input) => s.minutes.deleteAction(input),

    'people.add': (input) => s.people.add(input),
    'people.update': (input) => s.people.update(input),
    'people.remove': (input) => s.people.remove(input),
    'people.allPresent': (input) => s.people.allPresent(input),
    'people.move': (input) => s.people.move(input),

    'templates.list': () => s.templates.list(),
    'templates.save': (input) => s.templates.save(input),
    'templates.delete': (input) => s.templates.delete(input),
    'templates.fromMeeting': ({ meetingId, name }) => s.templates.fromMeeting(s.meetings.get(meetingId), name),
    'templates.exportFile': (input) => s.templates.exportFile(input),
    'templates.importFile': (input) => s.templates.importFile(input),
    'meetings.setStatus': (input) => s.cycle.setStatus(input),
    'meetings.createNext': (input) => s.cycle.createNext(input),
    'followUps.list': (input) => s.cycle.followUps(input),

    'attachments.add': (input) => s.attachments.add(input),
    'attachments.update': (input) => s.attachments.update(input),
    'attachments.remove': (input) => s.attachments.remove(input),

    'export.pdf': (input) => s.export.pdf(input),
    'export.docx': (input) => s.export.docx(input),
    'export.html': (input) => s.export.html(input),
    'export.findCpr': (input) => s.export.findCpr(input),

    'signing.importCertificate': (input) => s.certificates.import(input),
    'signing.listCertificates': () => s.certificates.list(),
    'signing.removeCertificate': ({ id }) => s.certificates.remove(id),
    'signing.sign': (input) => s.signing.signWithCertificate(input),
    'signing.versions': ({ meetingId }) => s.signing.versions(meetingId),
    'signing.verify': (input) => s.signing.verify(input),
    'meetings.reopen': (input) => s.signing.reopen(input),

    'sync.status': () => s.sync.status(),
    'sync.setFolder': (input) => s.sync.setFolder(input),
    // The native folder dialog lives in the Electron shell, which answers this method itself.
    'sync.chooseFolder': () => ({ available: false, folder: null }),
    'sync.run': async () => ({ report: await s.sync.run({ retryNow: true }), status: s.sync.status() }),
    'sync.conflicts': () => s.sync.conflicts(),
    'sync.conflictVersions': (input) => s.sync.conflictVersions(input),
    'sync.resolve': (input) => s.sync.resolve(input),
  };
}
