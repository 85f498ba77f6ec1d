#include "core/csvsplitter.h"

#include <QCoreApplication>
#include <QString>
#include <algorithm>
#include <climits>

namespace core::csv {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Csv)
};

bool isAsciiBlank(char ch)
{
    return ch == ' ' || ch == '\t' || ch == '\v' || ch == '\f' || ch == '\r' || ch == '\n';
}

// Bytes after a closing quote that are kept to check they are blanks: a
// few Unicode spaces at most.
constexpr qsizetype kMaxTrailer = 64;
} // namespace

bool isBlank(QByteArrayView bytes)
{
    bool ascii = true;
    for (const char ch : bytes) {
        if (isAsciiBlank(ch))
            continue;
        if (static_cast<unsigned char>(ch) < 0x80)
            return false;
        ascii = false;
    }
    return ascii || QString::fromUtf8(bytes).trimmed().isEmpty();
}

Splitter::Splitter(char separator, Sink &sink)
    : m_sink(sink)
    , m_separator(separator)
{
}

void Splitter::append(QByteArrayView bytes)
{
    if (m_index >= m_maxFields)
        return;
    const qsizetype room = std::max<qsizetype>(0, m_maxFieldBytes - m_field.size());
    if (bytes.size() > room) {
        m_field.append(bytes.first(room));
        m_overlong = true;
    } else {
        m_field.append(bytes);
    }
}

Expected<void> Splitter::feed(QByteArrayView bytes)
{
    const char *p = bytes.data();
    const char *const end = p + bytes.size();
    while (p < end) {
        if (m_skipCarriageNewline) {
            m_skipCarriageNewline = false;
            if (*p == '\n') {
                ++p;
                continue;
            }
        }
        switch (m_state) {
        case State::Start:
        case State::Unquoted: {
            const char *run = p;
            while (p < end && *p != m_separator && *p != '"' && *p != '\n' && *p != '\r')
                ++p;
            if (p > run) {
                append(QByteArrayView(run, p - run));
                m_state = State::Unquoted;
            }
            if (p == end)
                break;
            const char ch = *p++;
            if (ch == '"') {
                if (m_state == State::Unquoted && (m_overlong || !isBlank(m_field)))
                    return Error{Tr::tr("line %1: a quote in the middle of an unquoted field").arg(m_line)};
                m_field.resize(0);
                m_quoted = true;
                m_state = State::Quoted;
            } else {
                m_skipCarriageNewline = ch == '\r';
                if (auto r = endField(ch != m_separator); !r)
                    return r;
            }
            break;
        }
        case State::Quoted: {
            const char *run = p;
            while (p < end && *p != '"') {
                if (*p == '\n')
                    ++m_line;
                ++p;
            }
            if (p > run)
                append(QByteArrayView(run, p - run));
            if (p < end) {
                ++p;
                m_state = State::QuoteSeen;
            }
            break;
        }
        case State::QuoteSeen:
            if (*p == '"') {
                append("\"");
                ++p;
                m_state = State::Quoted;
            } else {
                m_state = State::AfterQuote;
            }
            break;
        case State::AfterQuote: {
            const char ch = *p++;
            if (ch == m_separator || ch == '\n' || ch == '\r') {
                m_skipCarriageNewline = ch == '\r';
                if (auto r = endField(ch != m_separator); !r)
                    return r;
            } else if (static_cast<unsigned char>(ch) >= 0x80 && m_trailer.size() < kMaxTrailer) {
                m_trailer.append(ch);
            } else if (!isAsciiBlank(ch)) {
                return Error{Tr::tr("line %1: text after a closing quote").arg(m_line)};
            }
            break;
        }
        }
    }
    return {};
}

Expected<void> Splitter::endField(bool endOfRecord)
{
    if (!m_trailer.isEmpty() && !isBlank(m_trailer))
        return Error{Tr::tr("line %1: text after a closing quote").arg(m_line)};
    const qsizetype index = m_index++;
    bool blankLine = false;
    if (endOfRecord && index == 0)
        blankLine = m_quoted ? m_field.isEmpty() : !m_overlong && isBlank(m_field);
    Expected<void> result;
    if (!blankLine && index < m_maxFields)
        result = m_sink.field(
            {m_recordLine, int(std::min<qsizetype>(index, INT_MAX)), m_field, m_quoted, m_overlong});
    m_field.resize(0); // keeps its capacity for the next field
    m_trailer.clear();
    m_quoted = false;
    m_overlong = false;
    m_state = State::Start;
    if (!result)
        return result;
    if (blankLine) {
        m_index = 0;
        ++m_line;
        m_recordLine = m_line;
        return {};
    }
    return endOfRecord ? endRecord() : Expected<void>();
}

Expected<void> Splitter::endRecord()
{
    const qsizetype fields = m_index;
    const int line = m_recordLine;
    m_index = 0;
    ++m_line;
    m_recordLine = m_line;
    return m_sink.endRecord(line, fields);
}

Expected<void> Splitter::finish()
{
    m_skipCarriageNewline = false;
    if (m_state == State::Quoted)
        return Error{Tr::tr("line %1: a quoted field is never closed").arg(m_recordLine)};
    if (m_state != State::Start || m_index > 0) {
        if (auto r = endField(true); !r)
            return r;
    }
    return {};
}

} // namespace core::csv
