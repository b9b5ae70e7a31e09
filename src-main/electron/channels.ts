/**
 * The only two IPC channels between the preload and the main process. One invoke channel that
 * carries `(method, input)` keeps the attack surface to one handler that checks its sender;
 * the contract, not the channel list, names what can be called.
 */
export const invokeChannel = 'referent:invoke';
export const eventChannel = 'referent:event';
