/** The hub's own id of a request, and the client's correlation id when it sent a valid one (a UUID). */
export interface RequestIds {
  requestId: string;
  clientRequestId: string | null;
}
