/** A problem with one input file; the message names the file and the reason. */
export class InputError extends Error {
  constructor(readonly file: string, readonly reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'InputError';
  }
}
