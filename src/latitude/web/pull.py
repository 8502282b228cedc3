"""A uvicorn server that takes connections from a socket shared with other processes only while it
has room: at most `limit` requests in flight (`latitude serve --processes N`).

All processes wait on the one listening socket; the kernel hands each new connection to one of
those waiting. A process with `limit` requests in flight stops waiting until one finishes, so new
connections go to the processes with room, and a burst is shared by how busy each process is,
not by chance. A connection accepted counts as in flight until its first request has started
(or a few milliseconds have passed with none), so one wake-up cannot take a whole burst.
"""
from __future__ import annotations

import asyncio
import socket
from functools import partial

import uvicorn

# how long to wait for an accepted connection's first request before taking the next connection
FIRST_REQUEST_WAIT = 0.005


class PullServer(uvicorn.Server):
    """`uvicorn.Server` accepting from `sock` (already listening, shared) while it has room."""

    def __init__(self, config: uvicorn.Config, sock: socket.socket, limit: int) -> None:
        super().__init__(config)
        self.sock, self.limit = sock, max(1, limit)
        self._acceptor: asyncio.Task | None = None

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=[])              # the app and its lifespan; no listener of its own
        if self.should_exit or not self.started:
            return
        protocol = partial(self.config.http_protocol_class, config=self.config, server_state=self.server_state,
                           app_state=self.lifespan.state)
        self.sock.setblocking(False)
        self._acceptor = asyncio.create_task(self._accept(protocol))

    async def _accept(self, protocol: partial) -> None:
        loop = asyncio.get_running_loop()
        tasks = self.server_state.tasks                # the requests being answered
        while not self.should_exit:
            while len(tasks) >= self.limit:            # full: wait for a request to finish
                await asyncio.wait(set(tasks), return_when=asyncio.FIRST_COMPLETED)
            try:
                conn, _ = await loop.sock_accept(self.sock)
            except OSError:         # gone before it was taken, or out of file descriptors: try again shortly
                await asyncio.sleep(0.01)
                continue
            running = set(tasks)
            try:
                await loop.connect_accepted_socket(protocol, conn)
            except OSError:                            # the client left at once: the next one
                conn.close()
                continue
            waited = 0.0
            while tasks <= running and waited < FIRST_REQUEST_WAIT:   # until its first request starts
                await asyncio.sleep(0.0005)
                waited += 0.0005

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        if self._acceptor is not None:
            self._acceptor.cancel()
            await asyncio.gather(self._acceptor, return_exceptions=True)
        await super().shutdown(sockets)
