// An error with an HTTP status; the app's error handler answers it as JSON {error, message}.
export class HttpError extends Error {
  constructor(readonly statusCode: number, message: string) { super(message); }
}
