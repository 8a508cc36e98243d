import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The lifecycle shared by controllers that own an observer: start when the host connects, stop
 * when it disconnects (single-page apps add and remove widgets), and rebuild when the host's
 * options change. Subclasses only say how to start and stop.
 */
export abstract class RestartableController<Options> implements ReactiveController {
  protected readonly host: ReactiveControllerHost & HTMLElement;
  protected readonly options: Options;

  constructor(host: ReactiveControllerHost & HTMLElement, options: Options) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.start();
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Stops and, while the host is connected, starts again with the current options. */
  restart(): void {
    this.stop();
    if (this.host.isConnected) this.start();
  }

  /** Starts observing; called on connect and on restart. */
  protected abstract start(): void;

  /** Releases everything `start` created; called on disconnect and before a restart. */
  protected abstract stop(): void;
}
