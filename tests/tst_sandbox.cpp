// The sandbox (run contract, rule 10), proved by construction: the engine's
// code (core/interp, core/asyncio: everything a script can reach) links no
// function that opens a file, a socket or a process, and writes nowhere but
// through its VmHost. The proof reads the compiled object files' undefined
// symbols with `nm`: what a translation unit does not reference it cannot
// call. Only core/runner (the host: it writes the --trace file the user
// named) is outside it. Then, at run time, every door a script might knock
// on (builtins, modules, asyncio's network and process APIs) answers with a
// clear exception naming what is not simulated.
#include "test_host.h"

#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

#include <set>

using namespace ls::interp;

namespace {

// C functions that reach the OS's files, network, processes or terminal.
const std::set<QString> kForbiddenFunctions = {
    "open", "open64", "openat", "openat64", "creat", "creat64", "fopen", "fopen64", "freopen", "fdopen",
    "opendir", "fdopendir", "unlink", "unlinkat", "remove", "rename", "renameat", "mkdir", "rmdir", "chdir",
    "chmod", "chown", "truncate", "ftruncate", "link", "symlink", "mkstemp", "tmpfile", "tmpnam",
    "socket", "socketpair", "connect", "bind", "listen", "accept", "accept4", "send", "sendto", "sendmsg",
    "recv", "recvfrom", "recvmsg", "getaddrinfo", "gethostbyname", "gethostbyname2",
    "fork", "vfork", "clone", "execve", "execv", "execvp", "execvpe", "execl", "execlp", "execle",
    "fexecve", "system", "popen", "posix_spawn", "posix_spawnp", "kill", "ptrace", "dlopen", "syscall",
    "read", "write", "pread", "pwrite", "readv", "writev", "ioctl", "fcntl", "mmap", "mmap64",
    "fwrite", "fread", "fputs", "fgets", "puts", "printf", "fprintf", "vprintf", "vfprintf", "putchar",
    "getchar", "getenv", "secure_getenv", "setenv", "putenv", "getrandom", "getentropy",
};
// C++ and Qt classes that do the same.
const QStringList kForbiddenClasses = {
    "basic_ifstream", "basic_ofstream", "basic_fstream", "basic_filebuf", "std::filesystem", "std::cout",
    "std::cerr", "std::cin", "std::clog", "std::thread", "QFile", "QDir", "QProcess", "QAbstractSocket",
    "QTcpSocket", "QUdpSocket", "QLocalSocket", "QNetwork", "QLibrary", "QSettings", "QStandardPaths",
    "QTemporary", "QSaveFile", "QLockFile", "QSharedMemory", "QThread", "QCoreApplication", "qgetenv",
    "qputenv", "QTextStream",
};

QString objectDir() { return QStringLiteral(LOOPSCOPE_BINARY_DIR "/core/CMakeFiles/loopscope_core.dir"); }

struct Lines {
    std::string out;
    int code = -1;
};

Lines runScript(const std::string &src) {
    ls::test::CaptureHost host;
    Lines r;
    VM vm(host, VmOptions{});
    try {
        vm.runMain(src, "sandbox.py");
        r.code = 0;
    } catch (PyException &e) {
        r.code = 1;
        host.out += "!! " + vm.formatException(e.exc);
    }
    r.out = host.out;
    return r;
}

}  // namespace

class TestSandbox : public QObject {
    Q_OBJECT
private slots:
    void engineObjectsReferenceNoOsEntry() {
        const QString nm = QStandardPaths::findExecutable(QStringLiteral("nm"));
        QVERIFY2(!nm.isEmpty(), "nm (binutils) is needed to read the engine's object files");
        QStringList objects;
        for (const char *area : {"interp", "asyncio"}) {
            QDirIterator it(objectDir() + "/" + area, {QStringLiteral("*.o")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) objects << it.next();
        }
        // The engine is about a hundred translation units: finding few means
        // the build layout changed and this proof would prove nothing.
        QVERIFY2(objects.size() >= 60, qPrintable(QString("only %1 object files under %2").arg(objects.size()).arg(objectDir())));
        QProcess p;
        p.start(nm, QStringList{"-C", "--undefined-only"} + objects);
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split('\n');
        QStringList found;
        std::set<QString> plainC;
        QString file;
        static const QRegularExpression undef(QStringLiteral("^\\s*[Uw]\\s+(.+)$"));
        for (const QString &line : lines) {
            if (line.endsWith(':') && line.contains(".o")) { file = line.section('/', -1); continue; }
            auto m = undef.match(line);
            if (!m.hasMatch()) continue;
            QString sym = m.captured(1);
            QString bare = sym.section('@', 0, 0);  // "write@GLIBC_2.2.5" -> "write"
            if (!bare.contains("::") && !bare.contains('(')) plainC.insert(bare);
            if (kForbiddenFunctions.count(bare)) found << file + ": " + sym;
            for (const QString &c : kForbiddenClasses)
                if (sym.contains(c)) found << file + ": " + sym;
        }
        QVERIFY2(plainC.size() > 10, "no C function found at all: nm's output was not understood");
        QVERIFY2(found.isEmpty(), qPrintable("the engine reaches the OS:\n" + found.join('\n')));
    }

    // Every builtin that would touch the world outside says it is not simulated.
    void builtinsNameWhatIsNotSimulated_data() {
        QTest::addColumn<QString>("call");
        QTest::addColumn<QString>("message");
        QTest::newRow("open") << "open('/etc/passwd')" << "NotImplementedError: open() is not simulated by LoopScope (the virtual world has no files)";
        QTest::newRow("open-write") << "open('x.txt', 'w')" << "NotImplementedError: open() is not simulated by LoopScope (the virtual world has no files)";
        QTest::newRow("input") << "input('name? ')" << "NotImplementedError: input() is not simulated by LoopScope (the virtual world has no keyboard: scripts get no input)";
        QTest::newRow("eval") << "eval('1 + 1')" << "NotImplementedError: eval() is not simulated by LoopScope (scripts cannot run code given as a string)";
        QTest::newRow("exec") << "exec('x = 1')" << "NotImplementedError: exec() is not simulated by LoopScope (scripts cannot run code given as a string)";
        QTest::newRow("compile") << "compile('1', 'f', 'eval')" << "NotImplementedError: compile() is not simulated by LoopScope (scripts cannot run code given as a string)";
        QTest::newRow("breakpoint") << "breakpoint()" << "NotImplementedError: breakpoint() is not simulated by LoopScope (there is no debugger: step through the run instead)";
        QTest::newRow("__import__ os") << "__import__('os')" << "ModuleNotFoundError: No module named 'os' (LoopScope does not simulate this module)";
    }
    void builtinsNameWhatIsNotSimulated() {
        QFETCH(QString, call);
        QFETCH(QString, message);
        Lines r = runScript(call.toStdString() + "\n");
        QCOMPARE(r.code, 1);
        QString last = QString::fromStdString(r.out).trimmed().section('\n', -1);
        QCOMPARE(last, message);
    }

    void importMakesModulesOnlyFromTheTable() {
        Lines r = runScript("m = __import__('collections.abc')\nprint(m.__name__)\nprint(__import__('collections.abc', None, None, ['x']).__name__)\n");
        QCOMPARE(r.code, 0);
        QCOMPARE(QString::fromStdString(r.out), QString("collections\ncollections.abc\n"));
    }

    // The standard-library modules that would reach the OS are refused by
    // name; asyncio's network, process and thread APIs raise when called.
    void osModulesAndAsyncioEntriesAreRefused() {
        const std::string src = R"(import asyncio
for name in ["os", "socket", "subprocess", "threading", "multiprocessing", "urllib.request",
             "http.client", "ssl", "select", "selectors", "signal", "shutil", "pathlib", "io",
             "tempfile", "sqlite3", "pickle", "ctypes", "concurrent.futures"]:
    try:
        __import__(name)
        print("IMPORTED", name)
    except ModuleNotFoundError as e:
        print("refused", name, "simulate" in str(e))

async def main():
    calls = [lambda: asyncio.open_connection("127.0.0.1", 80), lambda: asyncio.start_server(None, "127.0.0.1", 80),
             lambda: asyncio.open_unix_connection("/tmp/s"), lambda: asyncio.start_unix_server(None, "/tmp/s"),
             lambda: asyncio.create_subprocess_exec("ls"), lambda: asyncio.create_subprocess_shell("ls"),
             lambda: asyncio.to_thread(print, 1)]
    for call in calls:
        try:
            await call()
            print("RAN")
        except NotImplementedError as e:
            print("refused:", "not simulated" in str(e))
asyncio.run(main())
)";
        Lines r = runScript(src);
        QCOMPARE(r.code, 0);
        QString out = QString::fromStdString(r.out);
        QVERIFY2(!out.contains("IMPORTED") && !out.contains("RAN") && !out.contains("False"), qPrintable(out));
        QCOMPARE(out.count("refused"), 26);
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
