import type { NextFunction, Request, Response } from 'express';

/**
 * Answers body-parser failures with their own status and a fixed message: the
 * parser's message can quote the request body, and they are the client's fault,
 * not a 500. Anything else goes on to the server's error handler.
 */

const MESSAGES: Record<string, { status: number; message: string }> = {
  'entity.parse.failed': { status: 400, message: 'The request body is not valid JSON.' },
  'entity.too.large': {
    status: 413,
    message: 'The request body is too large (Forge accepts up to 500 KB for an invoke).',
  },
  'encoding.unsupported': { status: 415, message: 'Unsupported content encoding.' },
  'charset.unsupported': { status: 415, message: 'Unsupported charset.' },
  'request.aborted': { status: 400, message: 'The request was aborted.' },
  'request.size.invalid': { status: 400, message: 'The request body does not match its Content-Length.' },
};

export function bodyErrors(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  const type = typeof error === 'object' && error !== null ? (error as { type?: unknown }).type : undefined;
  const known = typeof type === 'string' ? MESSAGES[type] : undefined;
  if (!known || res.headersSent) {
    next(error);
    return;
  }
  res.status(known.status).json({ error: { message: known.message } });
}
