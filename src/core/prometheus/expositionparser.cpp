#include "prometheus/expositionparser.h"

#include "prometheus/decodertext.h"
#include "prometheus/expositionsyntax.h"
#include "prometheus/stringinterner.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cstring>
#include <string_view>

namespace eucora::prometheus {

using namespace syntax;

namespace {

// Problem texts are looked up for translation only when a problem is listed.
#define PROBLEM(text) QT_TRANSLATE_NOOP("eucora::prometheus", text)

QString toQString(std::string_view view)
{
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

QString fromAscii(std::string_view view)
{
    return QString::fromLatin1(view.data(), qsizetype(view.size()));
}

struct LabelRef
{
    std::string_view name;
    std::string_view rawValue; // between the quotes, escapes not yet resolved
    std::uint64_t nameHash = 0;
    std::uint64_t valueHash = 0;
};

// Which metadata lines a family has had, to report the second HELP/TYPE/UNIT.
struct FamilyLines
{
    bool help = false;
    bool type = false;
    bool unit = false;
};

// One parse of one text: line state, the family index and the duplicate-sample index.
class ParseRun
{
public:
    ParseRun(StringInterner &strings, Exposition &out, bool openMetrics)
        : m_strings(strings)
        , m_out(out)
        , m_openMetrics(openMetrics)
    { }

    void run(const char *begin, const char *end);

private:
    void parseLine(const char *p, const char *end);
    void reportTextAfterEof(const char *p, const char *end);
    void parseComment(const char *p, const char *end);
    void parseSample(const char *p, const char *end);
    bool parseLabels(const char *&p, const char *end);
    bool checkLabels();
    void addSample(MetricSample sample, std::uint64_t hash);
    void growSeen();
    std::size_t familyIndex(std::string_view name);

    void problem(const char *text, std::string_view arg = {});
    bool listingProblems() const { return m_out.problems.size() < Exposition::kMaxListedProblems; }

    QString internName(std::string_view raw) { return m_strings.intern(raw, fromAscii); }
    QString internName(std::string_view raw, std::uint64_t hash)
    {
        return m_strings.intern(raw, hash, fromAscii);
    }
    QString internValue(std::string_view raw, std::uint64_t hash)
    {
        return m_strings.intern(raw, hash, [](std::string_view r) { return unescape(r, true); });
    }

    StringInterner &m_strings;
    Exposition &m_out;
    const bool m_openMetrics;
    bool m_sawEof = false;
    qsizetype m_line = 0;
    std::vector<LabelRef> m_labels;
    QHash<QString, std::size_t> m_familyIndex;
    std::vector<FamilyLines> m_familyLines;
    std::vector<qsizetype> m_sampleLines; // line of each kept sample
    std::vector<std::pair<std::uint64_t, std::uint32_t>> m_seen; // series hash -> sample index
};

void ParseRun::run(const char *begin, const char *end)
{
    // Sample lines are rarely shorter than 64 bytes; a guess, not a bound (blank lines cost
    // nothing this way).
    const std::size_t expected = std::size_t(end - begin) / 64 + 16;
    m_out.samples.reserve(expected);
    m_sampleLines.reserve(expected);
    std::size_t capacity = 32;
    while (capacity < expected * 2)
        capacity *= 2;
    m_seen.assign(capacity, {0, 0});

    const char *p = begin;
    while (p < end) {
        ++m_line;
        const char *eol = static_cast<const char *>(std::memchr(p, '\n', std::size_t(end - p)));
        if (!eol)
            eol = end;
        const char *lineEnd = eol;
        while (lineEnd > p && isBlank(lineEnd[-1]))
            --lineEnd;
        parseLine(p, lineEnd);
        p = eol + 1;
        if (m_sawEof) {
            reportTextAfterEof(p, end);
            return;
        }
    }
    if (m_openMetrics)
        problem(PROBLEM("the text ends without \"# EOF\"; it may be truncated"));
}

void ParseRun::reportTextAfterEof(const char *p, const char *end)
{
    for (p = skipBlanks(p, end); p < end && *p == '\n'; p = skipBlanks(p + 1, end))
        ++m_line;
    if (p < end) {
        ++m_line;
        problem(PROBLEM("text after \"# EOF\" was ignored"));
    }
}

void ParseRun::parseLine(const char *p, const char *end)
{
    p = skipBlanks(p, end);
    if (p == end)
        return;
    if (*p == '#')
        parseComment(p, end);
    else
        parseSample(p, end);
}

void ParseRun::parseComment(const char *p, const char *end)
{
    ++p; // '#'
    if (p == end || !isBlank(*p))
        return; // "#text" is a plain comment
    p = skipBlanks(p, end);
    const std::string_view keyword = token(p, end);
    if (keyword == "EOF" && m_openMetrics) {
        if (skipBlanks(p, end) != end)
            problem(PROBLEM("unexpected text after \"# EOF\""));
        m_sawEof = true;
        return;
    }
    if (keyword != "HELP" && keyword != "TYPE" && keyword != "UNIT")
        return; // any other comment

    p = skipBlanks(p, end);
    const std::string_view name = token(p, end);
    if (!isMetricName(name)) {
        problem(PROBLEM("a %1 line without a valid metric name"), keyword);
        return;
    }
    p = skipBlanks(p, end);
    const std::string_view rest(p, std::size_t(end - p));
    const std::size_t index = familyIndex(name);
    MetricFamily &family = m_out.families[index];
    FamilyLines &seen = m_familyLines[index];

    if (keyword == "HELP") {
        if (seen.help)
            problem(PROBLEM("a second HELP line for \"%1\" was ignored"), name);
        else
            family.help = unescape(rest, m_openMetrics);
        seen.help = true;
        return;
    }
    if (keyword == "UNIT") {
        if (seen.unit)
            problem(PROBLEM("a second UNIT line for \"%1\" was ignored"), name);
        else
            family.unit = toQString(rest);
        seen.unit = true;
        return;
    }
    const std::string_view typeWord = token(p, end);
    const auto type = metricTypeFromString(fromAscii(typeWord));
    if (!type) {
        problem(PROBLEM("unknown metric type \"%1\""), typeWord);
        return;
    }
    if (skipBlanks(p, end) != end) {
        problem(PROBLEM("unexpected text after the type of \"%1\""), name);
        return;
    }
    if (seen.type) {
        problem(PROBLEM("a second TYPE line for \"%1\" was ignored"), name);
        return;
    }
    family.type = *type;
    seen.type = true;
}

void ParseRun::parseSample(const char *p, const char *end)
{
    const char *nameBegin = p;
    if (!isMetricNameStart(*p)) {
        problem(PROBLEM("a sample must start with a metric name, not \"%1\""),
                std::string_view(p, std::min<std::size_t>(std::size_t(end - p), 20)));
        return;
    }
    while (p < end && isMetricNameChar(*p))
        ++p;
    const std::string_view name(nameBegin, std::size_t(p - nameBegin));
    if (p < end && !isBlank(*p) && *p != '{') {
        problem(PROBLEM("invalid character \"%1\" in metric name"), std::string_view(p, 1));
        return;
    }
    p = skipBlanks(p, end);

    m_labels.clear();
    if (p < end && *p == '{') {
        ++p;
        if (!parseLabels(p, end) || !checkLabels())
            return;
    }

    p = skipBlanks(p, end);
    if (p == end) {
        problem(PROBLEM("the sample \"%1\" has no value"), name);
        return;
    }
    MetricSample sample;
    const std::string_view valueText = token(p, end);
    if (!parseValue(valueText, &sample.value)) {
        problem(PROBLEM("invalid sample value \"%1\""), valueText);
        return;
    }
    p = skipBlanks(p, end);
    if (p < end && !(m_openMetrics && *p == '#')) {
        const std::string_view timeText = token(p, end);
        std::int64_t ms = 0;
        const bool timeOk = m_openMetrics ? parseSecondsAsMilliseconds(timeText, &ms)
                                          : parseMilliseconds(timeText, &ms);
        if (!timeOk) {
            problem(PROBLEM("invalid timestamp \"%1\""), timeText);
            return;
        }
        sample.timestampMs = ms;
        p = skipBlanks(p, end);
    }
    // OpenMetrics exemplars (" # {trace_id=...} 1.0") carry no sample data for the console.
    if (p < end && !(m_openMetrics && *p == '#')) {
        problem(PROBLEM("unexpected text after the sample: \"%1\""),
                std::string_view(p, std::size_t(end - p)));
        return;
    }

    // The series' identity for the duplicate check, from the hashes interning needs anyway.
    const std::uint64_t nameHash = StringInterner::hashBytes(name);
    std::uint64_t hash = nameHash;
    sample.name = internName(name, nameHash);
    sample.labels.reserve(m_labels.size());
    for (LabelRef &label : m_labels) {
        label.valueHash = StringInterner::hashBytes(label.rawValue);
        hash = StringInterner::combine(StringInterner::combine(hash, label.nameHash),
                                       label.valueHash);
        sample.labels.emplace_back(internName(label.name, label.nameHash),
                                   internValue(label.rawValue, label.valueHash));
    }
    if (sample.timestampMs)
        hash = StringInterner::combine(hash, std::uint64_t(*sample.timestampMs));
    addSample(std::move(sample), hash);
}

bool ParseRun::parseLabels(const char *&p, const char *end)
{
    for (;;) {
        p = skipBlanks(p, end);
        if (p == end) {
            problem(PROBLEM("the label set has no closing \"}\""));
            return false;
        }
        if (*p == '}') {
            ++p;
            return true;
        }
        const char *nameBegin = p;
        if (!isLabelNameStart(*p)) {
            problem(PROBLEM("invalid label name starting at \"%1\""),
                    std::string_view(p, std::min<std::size_t>(std::size_t(end - p), 20)));
            return false;
        }
        while (p < end && isLabelNameChar(*p))
            ++p;
        const std::string_view name(nameBegin, std::size_t(p - nameBegin));
        p = skipBlanks(p, end);
        if (p == end || *p != '=') {
            problem(PROBLEM("expected \"=\" after label name \"%1\""), name);
            return false;
        }
        p = skipBlanks(p + 1, end);
        if (p == end || *p != '"') {
            problem(PROBLEM("the value of label \"%1\" is not quoted"), name);
            return false;
        }
        const char *valueBegin = ++p;
        while (p < end && *p != '"') {
            if (*p == '\\' && p + 1 < end)
                ++p;
            ++p;
        }
        if (p >= end) {
            problem(PROBLEM("the value of label \"%1\" has no closing quote"), name);
            return false;
        }
        m_labels.push_back({name, std::string_view(valueBegin, std::size_t(p - valueBegin)),
                            StringInterner::hashBytes(name), 0});
        p = skipBlanks(p + 1, end);
        if (p == end) {
            problem(PROBLEM("the label set has no closing \"}\""));
            return false;
        }
        if (*p == ',') {
            ++p;
            continue;
        }
        if (*p == '}') {
            ++p;
            return true;
        }
        problem(PROBLEM("expected \",\" or \"}\" after the value of label \"%1\""), name);
        return false;
    }
}

// Sorts the labels by name (they usually arrive sorted) and rejects repeated names.
bool ParseRun::checkLabels()
{
    for (std::size_t i = 1; i < m_labels.size(); ++i) {
        const LabelRef label = m_labels[i];
        std::size_t j = i;
        for (; j > 0 && label.name < m_labels[j - 1].name; --j)
            m_labels[j] = m_labels[j - 1];
        m_labels[j] = label;
    }
    for (std::size_t i = 0; i < m_labels.size(); ++i) {
        if (i > 0 && m_labels[i].name == m_labels[i - 1].name) {
            problem(PROBLEM("the label \"%1\" appears twice"), m_labels[i].name);
            return false;
        }
        if (m_labels[i].name == "__name__") {
            problem(PROBLEM("the label \"__name__\" is not allowed in a sample"));
            return false;
        }
    }
    return true;
}

QString describeSeries(const MetricSample &sample)
{
    QString text = sample.name + QLatin1Char('{');
    for (std::size_t i = 0; i < sample.labels.size(); ++i) {
        if (i > 0)
            text += QLatin1Char(',');
        text += sample.labels[i].first + QLatin1String("=\"") + sample.labels[i].second
            + QLatin1Char('"');
    }
    return text + QLatin1Char('}');
}

void ParseRun::addSample(MetricSample sample, std::uint64_t hash)
{
    hash |= 1; // 0 marks a free slot
    if ((m_out.samples.size() + 1) * 2 > m_seen.size())
        growSeen();
    const std::size_t mask = m_seen.size() - 1;
    std::size_t slot = hash & mask;
    for (; m_seen[slot].first != 0; slot = (slot + 1) & mask) {
        if (m_seen[slot].first != hash)
            continue;
        const MetricSample &first = m_out.samples[m_seen[slot].second];
        if (first.name == sample.name && first.labels == sample.labels
            && first.timestampMs == sample.timestampMs) {
            ++m_out.problemCount;
            if (listingProblems()) {
                m_out.problems.push_back(
                    {m_line,
                     DecoderText::tr("a second sample for %1 was ignored (the first is on line %2)")
                         .arg(describeSeries(sample))
                         .arg(m_sampleLines[m_seen[slot].second])});
            }
            return;
        }
    }
    m_seen[slot] = {hash, std::uint32_t(m_out.samples.size())};
    m_out.samples.push_back(std::move(sample));
    m_sampleLines.push_back(m_line);
}

void ParseRun::growSeen()
{
    std::vector<std::pair<std::uint64_t, std::uint32_t>> old(m_seen.size() * 2, {0, 0});
    old.swap(m_seen);
    const std::size_t mask = m_seen.size() - 1;
    for (const auto &entry : old) {
        if (entry.first == 0)
            continue;
        std::size_t slot = entry.first & mask;
        while (m_seen[slot].first != 0)
            slot = (slot + 1) & mask;
        m_seen[slot] = entry;
    }
}

std::size_t ParseRun::familyIndex(std::string_view name)
{
    const QString key = internName(name);
    const auto it = m_familyIndex.constFind(key);
    if (it != m_familyIndex.constEnd())
        return it.value();
    const std::size_t index = m_out.families.size();
    m_out.families.push_back(MetricFamily {key, MetricType::Untyped, {}, {}});
    m_familyLines.push_back({});
    m_familyIndex.insert(key, index);
    return index;
}

void ParseRun::problem(const char *text, std::string_view arg)
{
    ++m_out.problemCount;
    if (!listingProblems())
        return;
    QString reason = DecoderText::tr(text);
    if (arg.data()) {
        // Quote enough of a bad token to find it, not a whole binary blob.
        constexpr std::size_t kMaxQuoted = 60;
        QString quoted = toQString(arg.substr(0, kMaxQuoted));
        if (arg.size() > kMaxQuoted)
            quoted += QChar(0x2026); // ellipsis
        reason = reason.arg(quoted);
    }
    m_out.problems.push_back({m_line, reason});
}

#undef PROBLEM

} // namespace

ExpositionParser::ExpositionParser()
    : m_strings(std::make_unique<StringInterner>())
{ }

ExpositionParser::~ExpositionParser() = default;

Exposition ExpositionParser::parse(const QByteArray &text, Format format)
{
    Exposition out;
    out.openMetrics
        = format == Format::OpenMetrics || (format == Format::Detect && endsWithEof(text));
    ParseRun run(*m_strings, out, out.openMetrics);
    run.run(text.constData(), text.constData() + text.size());
    return out;
}

Exposition parseExposition(const QByteArray &text)
{
    ExpositionParser parser;
    return parser.parse(text);
}

} // namespace eucora::prometheus
