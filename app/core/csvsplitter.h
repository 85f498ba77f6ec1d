#pragma once

#include "core/expected.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace core::csv {

// Splits CSV bytes into fields as they arrive, holding one field at a time,
// so a file is judged while it is read instead of after it is all in
// memory.  UTF-8 needs no decoding here: separators, quotes and line ends
// are ASCII and never part of a multi-byte character.
//
// Fields are kept exactly as written.  A quoted field's content is kept
// with "" as one quote; blanks around a quoted field are padding.  A record
// of one blank field (an empty line, or spaces) is skipped.
class Splitter
{
public:
    struct Field
    {
        int line = 0;  // where its record starts, from 1
        int index = 0; // within the record, from 0
        QByteArrayView bytes;
        bool quoted = false;
        bool overlong = false; // longer than maxFieldBytes: `bytes` holds the start only
    };

    class Sink
    {
    public:
        virtual ~Sink() = default;
        virtual Expected<void> field(const Field &field) = 0;
        // `fields` counts every field of the record, also those past maxFields.
        virtual Expected<void> endRecord(int line, qsizetype fields) = 0;
    };

    Splitter(char separator, Sink &sink);

    // Fields past `fields` in a record are counted but neither kept nor
    // handed to the sink; bytes of one field past `bytes` are not kept.
    void setMaxFields(qsizetype fields) { m_maxFields = fields; }
    void setMaxFieldBytes(qsizetype bytes) { m_maxFieldBytes = bytes; }

    Expected<void> feed(QByteArrayView bytes);
    // The end of the input: completes the last record.
    Expected<void> finish();
    int line() const { return m_line; }

private:
    enum class State
    {
        Start,      // nothing of the field yet
        Unquoted,   // in an unquoted field
        Quoted,     // inside quotes
        QuoteSeen,  // a quote inside quotes: closing, or the first of ""
        AfterQuote, // after the closing quote: only blanks until the end
    };
    void append(QByteArrayView bytes);
    Expected<void> endField(bool endOfRecord);
    Expected<void> endRecord();

    Sink &m_sink;
    char m_separator;
    qsizetype m_maxFields = 1'000'000;
    qsizetype m_maxFieldBytes = 1 << 20;
    State m_state = State::Start;
    QByteArray m_field;
    QByteArray m_trailer; // non-ASCII bytes after a closing quote, to check they are blanks
    bool m_quoted = false;
    bool m_overlong = false;
    bool m_skipCarriageNewline = false; // a record ended on \r: a \n right after belongs to it
    qsizetype m_index = 0;              // fields of the current record so far
    int m_line = 1;                     // the line being read
    int m_recordLine = 1;               // where the current record started
};

// True when `bytes` is only blanks (spaces, tabs and Unicode spaces).
bool isBlank(QByteArrayView bytes);

// The formula guard: write() puts a ' before a cell starting with one of
// these, and reading removes exactly that one character (unguard), so what
// was exported comes back as it was.  A hand-written ' before anything else
// is kept.
inline constexpr QStringView kFormulaStarts = u"=+-@\t\r'";
inline QString unguard(const QString &cell)
{
    return cell.size() >= 2 && cell[0] == QLatin1Char('\'') && kFormulaStarts.contains(cell[1]) ? cell.mid(1)
                                                                                                : cell;
}

} // namespace core::csv
