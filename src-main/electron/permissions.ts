/**
 * Referent needs no browser permission: no camera, microphone, location, notifications, USB,
 * serial, HID, MIDI or clipboard reads. Electron grants every request by default, so each one
 * is refused here, for the default session every window uses.
 */
import type { Session } from 'electron';

export function denyAllPermissions(ses: Session): void {
  // Asynchronous requests (getUserMedia, Notification.requestPermission, …).
  ses.setPermissionRequestHandler((_webContents, _permission, callback) => {
    callback(false);
  });
  // Synchronous checks (navigator.permissions.query and Chromium's own checks).
  ses.setPermissionCheckHandler(() => false);
  // WebUSB/WebHID/WebSerial device access. Optional call: not every Electron build has it.
  ses.setDevicePermissionHandler?.(() => false);
  // Downloads are not a permission: downloads.ts lets only the page's own export Blobs through.
}
