#!/usr/bin/python3
"""Drops a file on an X11 window the way a file manager does (the XDND protocol, version 5), so the
native app's SDL_DROPFILE handling is tested with real X events rather than a shortcut.

    xdnd_drop.py WINDOW_ID FILE [X Y]

Exit status 0 when the target accepted the drop and asked for the data, 1 otherwise."""
import os
import sys
import time
import urllib.parse

from Xlib import X, Xatom, display
from Xlib.protocol import event


def main():
    target_id, path = int(sys.argv[1], 0), os.path.abspath(sys.argv[2])
    x, y = (int(sys.argv[3]), int(sys.argv[4])) if len(sys.argv) > 4 else (200, 200)
    d = display.Display()
    atom = lambda name: d.intern_atom(name)
    target = d.create_resource_object("window", target_id)
    source = d.screen().root.create_window(0, 0, 1, 1, 0, X.CopyFromParent)
    uri_list = atom("text/uri-list")
    selection = atom("XdndSelection")
    source.set_selection_owner(selection, X.CurrentTime)
    payload = ("file://" + urllib.parse.quote(path) + "\r\n").encode()

    def send(name, data):
        msg = event.ClientMessage(window=target, client_type=atom(name), data=(32, data + [0] * (5 - len(data))))
        target.send_event(msg, event_mask=0)
        d.flush()

    # Root coordinates of the drop point inside the target window.
    geometry = target.translate_coords(d.screen().root, 0, 0)
    root_x, root_y = -geometry.x + x, -geometry.y + y
    send("XdndEnter", [source.id, 5 << 24, uri_list, 0, 0])
    send("XdndPosition", [source.id, 0, (root_x << 16) | root_y, X.CurrentTime, atom("XdndActionCopy")])

    accepted = asked = finished = dropped = False
    deadline = time.time() + 5
    while time.time() < deadline and not finished:
        while d.pending_events():
            e = d.next_event()
            if e.type == X.ClientMessage and e.client_type == atom("XdndStatus"):
                accepted = bool(e.data[1][1] & 1)
                if accepted and not dropped:
                    send("XdndDrop", [source.id, 0, X.CurrentTime])
                    dropped = True
            elif e.type == X.SelectionRequest:
                asked = True
                e.requestor.change_property(e.property, e.target, 8, payload)
                reply = event.SelectionNotify(time=e.time, requestor=e.requestor, selection=e.selection,
                                              target=e.target, property=e.property)
                e.requestor.send_event(reply, event_mask=0)
                d.flush()
            elif e.type == X.ClientMessage and e.client_type == atom("XdndFinished"):
                finished = True
        time.sleep(0.02)
    print(f"xdnd: accepted={accepted} data_requested={asked} finished={finished}")
    return 0 if accepted and asked else 1


if __name__ == "__main__":
    sys.exit(main())
