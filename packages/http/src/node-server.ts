import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { PROBLEM_CONTENT_TYPE, problemType, type Problem } from './problem.js';

/** What Node refuses before any route runs, as the problem a client would get from a route. */
function problemFor(error: Error & { code?: string }): Problem {
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    return {
      type: problemType('headers-too-large'),
      code: 'headers-too-large',
      title: 'The request headers are too large',
      status: 431,
      detail: 'Send smaller headers (cookies and tokens included); at most 16 KiB in all.',
    };
  }
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return {
      type: problemType('request-timeout'),
      code: 'request-timeout',
      title: 'The request took too long to arrive',
      status: 408,
      detail: 'Send the whole request promptly.',
    };
  }
  return {
    type: problemType('malformed-request'),
    code: 'malformed-request',
    title: 'The request is not valid HTTP',
    status: 400,
    detail: `The server could not read the request (${error.code ?? 'parse error'}): check its request line, headers and Content-Length.`,
  };
}

/**
 * Node's own refusals (headers too large, a Content-Length that does not match, a broken request
 * line) are answered as problem+json like every other error, instead of Node's bare status line.
 * Behind API Gateway the gateway makes these refusals; this is for the local server.
 */
export function answerClientErrorsWithProblems(server: Pick<Server, 'on'>): void {
  server.on('clientError', (error: Error & { code?: string }, socket: Duplex) => {
    if (!socket.writable || (error.code === 'ECONNRESET' && socket.destroyed)) return socket.destroy();
    const problem = problemFor(error);
    const body = JSON.stringify(problem);
    socket.end(
      `HTTP/1.1 ${problem.status} ${problem.title}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
