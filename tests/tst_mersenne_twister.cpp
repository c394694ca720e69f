// ls::stdlib::MersenneTwister against CPython 3.11.7's random.Random.
// Expected values come from tools/gen_random_cases.py
// (tests/data/random_cases.txt); see that script for the line format.
#include "interp/stdlib/mersenne_twister.h"

#include <QFile>
#include <QTest>

#include <cstdio>
#include <string>

using ls::stdlib::MersenneTwister;
using ls::stdlib::StdlibError;

namespace {

std::string fmt(double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}
std::string fmt(std::int64_t v)
{
    return std::to_string(v);
}
std::string fmt(std::uint64_t v)
{
    return std::to_string(v);
}

void seedFrom(MersenneTwister& r, const QString& field)
{
    const QString kind = field.left(2);
    const QString rest = field.mid(2);
    if (kind == "i:") {
        r.seed(static_cast<std::int64_t>(rest.toLongLong()));
    } else if (kind == "h:") {
        r.seedHash(static_cast<std::int64_t>(rest.toLongLong()));
    } else if (kind == "s:") {
        r.seedBytes(rest.toStdString()); // QString -> UTF-8, as str.encode()
    } else {
        std::vector<std::uint32_t> words;
        for (const QString& w : rest.split(','))
            words.push_back(w.toUInt());
        r.seedWords(words);
    }
}

// Runs one case and renders the results the way the generator does.
std::string runCase(MersenneTwister& r, const QString& op, const QStringList& a)
{
    auto I = [&](int i) { return static_cast<std::int64_t>(a.at(i).toLongLong()); };
    auto F = [&](int i) { return a.at(i).toDouble(); };
    const int n = a.isEmpty() ? 0 : a.last().toInt();
    std::string out;
    auto put = [&](const std::string& s) { out += (out.empty() ? "" : " ") + s; };
    if (op == "random") {
        for (int i = 0; i < n; ++i) put(fmt(r.random()));
    } else if (op == "getrandbits") {
        for (int i = 0; i < n; ++i) put(fmt(r.getrandbits(static_cast<int>(I(0)))));
    } else if (op == "randrange1") {
        for (int i = 0; i < n; ++i) put(fmt(r.randrange(I(0))));
    } else if (op == "randrange") {
        for (int i = 0; i < n; ++i) put(fmt(r.randrange(I(0), I(1), I(2))));
    } else if (op == "randint") {
        for (int i = 0; i < n; ++i) put(fmt(r.randint(I(0), I(1))));
    } else if (op == "choice") {
        for (int i = 0; i < n; ++i) put(fmt(static_cast<std::uint64_t>(r.choiceIndex(static_cast<std::size_t>(I(0))))));
    } else if (op == "shuffle") {
        for (std::int64_t rep = 0; rep < I(1); ++rep)
            for (std::size_t v : r.shufflePermutation(static_cast<std::size_t>(I(0))))
                put(fmt(static_cast<std::uint64_t>(v)));
    } else if (op == "sample") {
        for (std::size_t v : r.sample(static_cast<std::size_t>(I(0)), I(1)))
            put(fmt(static_cast<std::uint64_t>(v)));
    } else if (op == "uniform") {
        for (int i = 0; i < n; ++i) put(fmt(r.uniform(F(0), F(1))));
    } else if (op == "gauss") {
        for (int i = 0; i < n; ++i) put(fmt(r.gauss(F(0), F(1))));
    } else if (op == "normalvariate") {
        for (int i = 0; i < n; ++i) put(fmt(r.normalvariate(F(0), F(1))));
    } else if (op == "expovariate") {
        for (int i = 0; i < n; ++i) put(fmt(r.expovariate(F(0))));
    } else if (op == "triangular") {
        for (int i = 0; i < n; ++i) put(fmt(r.triangular(F(0), F(1), F(2))));
    } else if (op == "triangular2") {
        for (int i = 0; i < n; ++i) put(fmt(r.triangular(F(0), F(1))));
    } else if (op == "randbytes") {
        for (int i = 0; i < n; ++i) {
            const std::string bytes = r.randbytes(static_cast<std::size_t>(I(0)));
            put(QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size())).toHex().toStdString());
        }
    } else if (op == "mixed") {
        for (int i = 0; i < n; ++i) {
            put(fmt(r.gauss(0.0, 1.0)));
            put(fmt(r.random()));
            put(fmt(r.randrange(1000)));
            put(fmt(r.gauss(5.0, 2.0)));
            put(fmt(r.getrandbits(40)));
        }
    } else {
        return "unknown op " + op.toStdString();
    }
    return out;
}

} // namespace

class TestMersenneTwister : public QObject {
    Q_OBJECT

private slots:
    void cases_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("args");
        QTest::addColumn<QString>("expected");
        QFile file(QStringLiteral(LOOPSCOPE_SOURCE_DIR "/tests/data/random_cases.txt"));
        QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), "run tools/gen_random_cases.py");
        int rows = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).chopped(1);
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const QStringList f = line.split('\t');
            QCOMPARE(f.size(), 5);
            QTest::newRow(f[0].toUtf8().constData()) << f[1] << f[2] << f[3] << f[4];
            ++rows;
        }
        QVERIFY(rows > 400);
    }

    void cases()
    {
        QFETCH(QString, seed);
        QFETCH(QString, op);
        QFETCH(QString, args);
        QFETCH(QString, expected);
        MersenneTwister r;
        seedFrom(r, seed);
        std::string actual;
        try {
            actual = runCase(r, op, args.split(' ', Qt::SkipEmptyParts));
        } catch (const StdlibError& e) {
            actual = std::string("!") + e.typeName() + ": " + e.what();
        }
        QCOMPARE(QString::fromStdString(actual), expected);
    }

    // A snapshot restores everything, including gauss()'s cached value.
    void stateRoundTrip()
    {
        MersenneTwister r(2024);
        for (int i = 0; i < 700; ++i) // cross a 624-word refill
            r.random();
        r.gauss();
        const MersenneTwister::State snap = r.getstate();
        QVERIFY(snap.gaussNext.has_value());
        std::vector<double> first;
        for (int i = 0; i < 5; ++i)
            first.push_back(r.gauss());
        MersenneTwister other(1);
        other.setstate(snap);
        QCOMPARE(other.getstate(), snap);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(other.gauss(), first[i]);
        MersenneTwister::State bad = snap;
        bad.index = 625;
        QVERIFY_THROWS_EXCEPTION(StdlibError, other.setstate(bad));
    }

    // Reseeding drops gauss_next, as Random.seed() does.
    void seedResetsGauss()
    {
        MersenneTwister a(5), b(5);
        a.gauss();
        a.seed(std::int64_t{5});
        QCOMPARE(a.gauss(), b.gauss());
        QVERIFY(!MersenneTwister(3).getstate().gaussNext.has_value());
    }

    void sha512Vectors()
    {
        auto hex = [](std::string_view s) {
            static const char* digits = "0123456789abcdef";
            std::string out;
            for (std::uint8_t b : ls::stdlib::sha512(s)) {
                out += digits[b >> 4];
                out += digits[b & 15];
            }
            return QString::fromStdString(out);
        };
        QCOMPARE(hex(""), QStringLiteral("cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce"
                                         "47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"));
        QCOMPARE(hex("abc"), QStringLiteral("ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
                                            "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"));
        // Two padding blocks: 112 <= len % 128.
        QCOMPARE(hex(std::string(120, 'a')).left(16), QStringLiteral("f241de612b01aa2f"));
    }

    void getrandbitsWide()
    {
        MersenneTwister a(99), b(99);
        const auto words = a.getrandbitsWords(100);
        QCOMPARE(words.size(), std::size_t{4});
        QCOMPARE(words[0], b.genrandUint32());
        QCOMPARE(words[1], b.genrandUint32());
        QCOMPARE(words[2], b.genrandUint32());
        QCOMPARE(words[3], b.genrandUint32() >> 28);
        QVERIFY(a.getrandbitsWords(0).empty());
    }
};

QTEST_GUILESS_MAIN(TestMersenneTwister)
#include "tst_mersenne_twister.moc"
