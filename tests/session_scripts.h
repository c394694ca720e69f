// Scripts and helpers shared by the session tests.
#pragma once

#include "session/session.h"
#include "session/snapshot_json.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>
#include <string>

namespace ls::test {

inline session::EngineConfig sessionConfig(std::string source) {
    session::EngineConfig c;
    c.source = std::move(source);
    c.scriptPath = "t.py";
    c.displayPath = "/virtual/t.py";
    return c;
}

// Waits out StillRunning (a test's script always ends by itself).
inline session::Session::Status settle(session::Session &s, session::Session::Status st) {
    while (st == session::Session::Status::StillRunning) st = s.wait(1000);
    return st;
}

// The state part of a snapshot: what must be equal however one got there.
inline QByteArray stateKey(const session::Snapshot &s) {
    QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(session::snapshotJson(s, session::Language::English))).object();
    for (auto k : {"granularity", "events", "events_dropped", "narration"}) o.remove(QLatin1String(k));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Two tasks sleeping different times, gathered; numbers are lines.
inline const char *kBrewScript =
    "import asyncio\n"                                      // 1
    "\n"                                                    // 2
    "async def brew(name, d):\n"                            // 3
    "    print(f'start {name}')\n"                          // 4
    "    await asyncio.sleep(d)\n"                          // 5
    "    print(f'done {name}')\n"                           // 6
    "    return name\n"                                     // 7
    "\n"                                                    // 8
    "async def main():\n"                                   // 9
    "    t1 = asyncio.create_task(brew('tea', 2))\n"        // 10
    "    t2 = asyncio.create_task(brew('coffee', 1))\n"     // 11
    "    r = await asyncio.gather(t1, t2)\n"                // 12
    "    print(r, id(object()) > 0)\n"                      // 13
    "\n"                                                    // 14
    "asyncio.run(main())\n";                                // 15

// Three tasks taking turns on a lock.
inline const char *kLockScript =
    "import asyncio\n"                                      // 1
    "\n"                                                    // 2
    "async def worker(lock, n):\n"                          // 3
    "    async with lock:\n"                                // 4
    "        print('got', n)\n"                             // 5
    "        await asyncio.sleep(1)\n"                      // 6
    "    print('left', n)\n"                                // 7
    "\n"                                                    // 8
    "async def main():\n"                                   // 9
    "    lock = asyncio.Lock()\n"                           // 10
    "    await asyncio.gather(*(worker(lock, i) for i in range(3)))\n"  // 11
    "\n"                                                    // 12
    "asyncio.run(main())\n";                                // 13

}  // namespace ls::test
