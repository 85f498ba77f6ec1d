#include "pgserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace testsupport {

namespace {

// A port nobody listens on now (the kernel picks it).
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

QString newestBinDir()
{
    QDir lib(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &v : versions) {
        const QString dir = lib.filePath(v + QStringLiteral("/bin"));
        if (QFileInfo::exists(dir + QStringLiteral("/initdb")))
            return dir;
    }
    return {};
}

} // namespace

PgServer::PgServer()
    : m_binDir(newestBinDir())
    , m_asPostgres(::geteuid() == 0)
{
}

PgServer::~PgServer()
{
    if (m_running)
        stop();
}

QString PgServer::bin(const QString &tool) const
{
    return m_binDir + QLatin1Char('/') + tool;
}

QString PgServer::run(const QString &program, const QStringList &args, QString *output) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.remove(QStringLiteral("PGPASSWORD"));
    p.setProcessEnvironment(env);
    // The postgres user may not enter the folder the tests run in.
    p.setWorkingDirectory(m_dir ? m_dir->path() : QDir::rootPath());
    if (m_asPostgres)
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} +
                    args);
    else
        p.start(program, args);
    if (!p.waitForStarted(10000))
        return QStringLiteral("cannot start %1: %2").arg(program, p.errorString());
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return QStringLiteral("%1 did not finish").arg(program);
    }
    const QString text = QString::fromLocal8Bit(p.readAll());
    if (output)
        *output = text;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("%1 failed: %2").arg(QFileInfo(program).fileName(), text.trimmed());
    return {};
}

QString PgServer::start()
{
    if (m_binDir.isEmpty())
        return QStringLiteral("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb)");
    if (!m_dir) {
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/tradeoff-pg-XXXXXX"));
        if (!m_dir->isValid())
            return QStringLiteral("cannot make a temporary folder");
        if (m_asPostgres) {
            const passwd *pw = ::getpwnam("postgres");
            if (!pw)
                return QStringLiteral("no postgres system user");
            if (::chown(QFile::encodeName(m_dir->path()).constData(), pw->pw_uid, pw->pw_gid) != 0)
                return QStringLiteral("cannot hand the temporary folder to postgres");
        }
        if (QString e =
                run(bin(QStringLiteral("initdb")),
                    {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-A"),
                     QStringLiteral("trust"), QStringLiteral("-U"), QStringLiteral("tradeoff"),
                     QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-sync")});
            !e.isEmpty())
            return e;
    }
    QString error;
    // A port picked now may be taken before the server binds it: try again.
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (m_port == 0 || attempt > 0)
            m_port = freePort();
        const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off")
                                    .arg(m_port)
                                    .arg(m_dir->path());
        error =
            run(bin(QStringLiteral("pg_ctl")),
                {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-l"),
                 m_dir->filePath(QStringLiteral("log")), QStringLiteral("-o"), options, QStringLiteral("-t"),
                 QStringLiteral("60"), QStringLiteral("-w"), QStringLiteral("start")});
        if (error.isEmpty()) {
            m_running = true;
            guard();
            return createDatabase(QStringLiteral("tradeoff"));
        }
    }
    return error;
}

void PgServer::guard()
{
    if (m_guarded)
        return;
    m_guarded = true;
    // Should this process die without stopping the server (a crash, a
    // timeout's kill), a watcher stops it and removes its folder.
    const QString data = m_dir->filePath(QStringLiteral("data"));
    const QString stop = (m_asPostgres ? QStringLiteral("runuser -u postgres -- ") : QString()) +
                         bin(QStringLiteral("pg_ctl")) +
                         QStringLiteral(" -D '%1' -m immediate stop").arg(data);
    const QString watcher = QStringLiteral("while kill -0 %1 2>/dev/null; do sleep 1; done; "
                                           "if [ -d '%2' ]; then %3 >/dev/null 2>&1; rm -rf '%4'; fi")
                                .arg(QCoreApplication::applicationPid())
                                .arg(data, stop, m_dir->path());
    QProcess::startDetached(QStringLiteral("setsid"), {QStringLiteral("sh"), QStringLiteral("-c"), watcher});
}

QString PgServer::stop()
{
    if (!m_running)
        return {};
    m_running = false;
    return run(bin(QStringLiteral("pg_ctl")),
               {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"),
                QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")});
}

QString PgServer::restart()
{
    if (QString e = stop(); !e.isEmpty())
        return e;
    const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off")
                                .arg(m_port)
                                .arg(m_dir->path());
    QString e =
        run(bin(QStringLiteral("pg_ctl")),
            {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-l"),
             m_dir->filePath(QStringLiteral("log")), QStringLiteral("-o"), options, QStringLiteral("-t"),
             QStringLiteral("60"), QStringLiteral("-w"), QStringLiteral("start")});
    m_running = e.isEmpty();
    return e;
}

QString PgServer::url(const QString &database, const QString &user) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user).arg(m_port).arg(database);
}

QString PgServer::psql(const QString &sql, const QString &database, QString *output) const
{
    return run(bin(QStringLiteral("psql")),
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
                QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"),
                QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
                QStringLiteral("-U"), QStringLiteral("tradeoff"), QStringLiteral("-d"), database,
                QStringLiteral("-c"), sql},
               output);
}

QString PgServer::createDatabase(const QString &name) const
{
    return psql(QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
}

} // namespace testsupport
