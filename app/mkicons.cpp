// Renders the SVG icon into the hicolor PNG sizes at build time.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() != 4) {
        err << "usage: tradeoff_mkicons ICON.svg OUT_DIR NAME\n";
        return 1;
    }
    QSvgRenderer svg(args[1]);
    if (!svg.isValid()) {
        err << args[1] << ": not a valid SVG\n";
        return 1;
    }
    for (int size : {16, 24, 32, 48, 64, 128, 256, 512}) {
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(args[2]).arg(size);
        if (!QDir().mkpath(dir)) {
            err << dir << ": cannot create\n";
            return 1;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        svg.render(&p);
        p.end();
        const QString out = dir + QLatin1Char('/') + args[3] + QStringLiteral(".png");
        if (!image.save(out, "PNG")) {
            err << out << ": cannot write\n";
            return 1;
        }
    }
    return 0;
}
