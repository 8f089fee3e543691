/**
 * The API's one error class and its one error body. Every failure a client can cause becomes an
 * {@link ApiError} with a stable code, a sentence saying what was wrong and a hint saying what to
 * do; the central handler in `app.ts` turns it (and anything unexpected) into {@link ErrorBody}.
 */

/** HTTP statuses the API answers with on failure. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 405 | 413 | 415 | 422 | 500 | 503;

/** The one error body: `{ "error": { code, message, hint, status, param? } }`. */
export interface ErrorBody {
  error: {
    /** Stable code, `E_…`: clients branch on it, never on the message. */
    code: string;
    /** What was expected and what was found. */
    message: string;
    /** What to do about it. */
    hint: string;
    status: ErrorStatus;
    /** The parameter or body field at fault, when there is one. */
    param?: string;
  };
}

/**
 * A failure to report to the client. Thrown anywhere inside a handler; the central error handler
 * renders it. Only this class carries a status: any other exception is a programmer error (500).
 * @example throw new ApiError(404, 'E_NOT_FOUND', 'No event e9 in document d1.', 'List the events with GET /api/events.')
 */
export class ApiError extends Error {
  constructor(
    readonly status: ErrorStatus,
    readonly code: string,
    message: string,
    readonly hint: string,
    readonly param?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The JSON body this error is sent as. */
  toBody(): ErrorBody {
    const error: ErrorBody['error'] = { code: this.code, message: this.message, hint: this.hint, status: this.status };
    if (this.param !== undefined) error.param = this.param;
    return { error };
  }
}

/** A parameter that failed validation (400, `E_PARAM_INVALID` unless another code is given). */
export function badParam(param: string, message: string, hint: string, code = 'E_PARAM_INVALID'): ApiError {
  return new ApiError(400, code, message, hint, param);
}

/** A resource that does not exist (404, `E_NOT_FOUND`). */
export function notFound(what: string, hint: string): ApiError {
  return new ApiError(404, 'E_NOT_FOUND', `${what} was not found.`, hint);
}
