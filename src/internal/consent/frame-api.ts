/**
 * A CMP in another frame, for a script that runs in an iframe (a portal's embed, an ad server's
 * frame): the IAB's postMessage protocols, TCF v2.2's `__tcfapiCall` / `__tcfapiReturn` and GPP
 * 1.1's `__gppCall` / `__gppReturn`, sent to the window that holds the CMP's locator frame and
 * answered by the CMP's stub there. Each call has its own `callId`; an `addEventListener` call
 * keeps its callback for every later answer with that id. Only answers from that window count,
 * as an object or as the JSON string some CMPs send.
 */
import type { ConsentApi } from './consent.js';

type Callback = (data: unknown, success: boolean) => void;

/** `__tcfapi(command, version, callback, parameter)`. */
export type TcfFunction = (command: string, version: number, callback: Callback, parameter?: unknown) => void;
/** `__gpp(command, callback, parameter)`. */
export type GppFunction = (command: string, callback: Callback, parameter?: unknown) => void;

const MESSAGES = {
  tcf: { call: '__tcfapiCall', answer: '__tcfapiReturn' },
  gpp: { call: '__gppCall', answer: '__gppReturn' },
} as const;

interface Answer {
  readonly callId?: unknown;
  readonly returnValue?: unknown;
  readonly success?: unknown;
}

/** The API as a function that posts to `cmpWindow`, and `close()`, which stops listening for answers. */
export interface FrameApi<F> {
  readonly call: F;
  close(): void;
}

let calls = 0;

function connect(win: Window, cmpWindow: Window, api: ConsentApi) {
  const { call, answer } = MESSAGES[api];
  const callbacks = new Map<string, Callback>();
  const onMessage = (event: MessageEvent): void => {
    if (event.source !== cmpWindow) return;
    let data: unknown = event.data;
    if (typeof data === 'string') {
      try {
        data = JSON.parse(data);
      } catch {
        return;
      }
    }
    const reply: unknown = (data as Record<string, unknown> | null)?.[answer];
    if (typeof reply !== 'object' || reply === null) return;
    const { callId, returnValue, success } = reply as Answer;
    callbacks.get(String(callId))?.(returnValue, success === true);
  };
  win.addEventListener('message', onMessage);
  const post = (command: string, version: number | string, callback: Callback, parameter: unknown): void => {
    calls += 1;
    const callId = `sabba-${calls}`;
    callbacks.set(callId, callback);
    cmpWindow.postMessage({ [call]: { command, parameter, version, callId } }, '*');
  };
  const close = (): void => {
    win.removeEventListener('message', onMessage);
  };
  return { post, close };
}

/** TCF v2.2 through the CMP's window. */
export function tcfThroughFrame(win: Window, cmpWindow: Window): FrameApi<TcfFunction> {
  const { post, close } = connect(win, cmpWindow, 'tcf');
  const tcf: TcfFunction = (command, version, callback, parameter) => {
    post(command, version, callback, parameter);
  };
  return { call: tcf, close };
}

/** GPP 1.1 through the CMP's window. */
export function gppThroughFrame(win: Window, cmpWindow: Window): FrameApi<GppFunction> {
  const { post, close } = connect(win, cmpWindow, 'gpp');
  const gpp: GppFunction = (command, callback, parameter) => {
    post(command, '1.1', callback, parameter);
  };
  return { call: gpp, close };
}
