#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace testsupport {

// A throwaway PostgreSQL server for one test run: initdb into a temporary
// folder, listening only on 127.0.0.1 on a free port, stopped (and its
// folder removed) with the object.  Runs the server as the `postgres`
// system user when the tests run as root, because initdb refuses root.
// The superuser is `tradeoff`, trusted without a password.
class PgServer
{
public:
    PgServer();
    ~PgServer();
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;

    // Why the server cannot run here (no PostgreSQL installed...), or empty.
    QString start();
    // Stops the server (a fast shutdown: sessions are cut) and starts it
    // again on the same port with the same data.
    QString stop();
    QString restart();
    bool isRunning() const { return m_running; }

    int port() const { return m_port; }
    // postgresql://USER@127.0.0.1:PORT/DATABASE
    QString url(const QString &database = QStringLiteral("tradeoff"),
                const QString &user = QStringLiteral("tradeoff")) const;
    // Runs SQL as the superuser with psql; the error text, or empty.
    QString psql(const QString &sql, const QString &database = QStringLiteral("postgres"),
                 QString *output = nullptr) const;
    // A fresh empty database.
    QString createDatabase(const QString &name) const;

private:
    QString run(const QString &program, const QStringList &args, QString *output = nullptr) const;
    QString bin(const QString &tool) const;
    void guard();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_binDir;
    int m_port = 0;
    bool m_running = false;
    bool m_asPostgres = false;
    bool m_guarded = false;
};

} // namespace testsupport
