// Enumeration names (one table per enum serves parsing, printing and the schema docs) and
// small lookups on the Debate.
#include "model/debate.h"
#include "model/enums.h"

#include <cstdio>

namespace dl {

namespace {
const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};

template <class Map>
int find_in(const Map& map, const std::string& id) {
    auto it = map.find(id);
    return it == map.end() ? -1 : it->second;
}
}  // namespace

int64_t PartialDate::days_since_epoch() const {
    // Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
    int y = year, m = month ? month : 1, d = day ? day : 1;
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

namespace {
bool read_partial_date(std::string_view s, PartialDate& d) {
    auto digits = [&](size_t at, size_t n, int& out) {
        if (at + n > s.size()) return false;
        out = 0;
        for (size_t i = at; i < at + n; ++i) {
            if (s[i] < '0' || s[i] > '9') return false;
            out = out * 10 + (s[i] - '0');
        }
        return true;
    };
    d = PartialDate{};
    if (!(s.size() == 4 || s.size() == 7 || s.size() == 10)) return false;
    if (!digits(0, 4, d.year) || d.year == 0) return false;
    if (s.size() >= 7 && (s[4] != '-' || !digits(5, 2, d.month) || d.month < 1 || d.month > 12)) return false;
    if (s.size() == 10) {
        if (s[7] != '-' || !digits(8, 2, d.day)) return false;
        static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        const bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
        const int max = days[d.month - 1] + (d.month == 2 && leap ? 1 : 0);
        if (d.day < 1 || d.day > max) return false;
    }
    return true;
}
}  // namespace

bool parse_partial_date(std::string_view s, PartialDate& out) {
    // A rejected date leaves `out` empty, not half read: a caller that goes on without it
    // ("2024-43-13" in an article, a note says so) kept year 2024 and month 43, written as "2024-43".
    PartialDate d;
    const bool ok = read_partial_date(s, d);
    out = ok ? d : PartialDate{};
    return ok;
}

std::string PartialDate::to_string() const {
    char buf[32];
    if (day)
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    else if (month)
        std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
    else
        std::snprintf(buf, sizeof buf, "%04d", year);
    return buf;
}

std::string PartialDate::to_display() const {
    if (!valid()) return "";
    char buf[48];
    if (day)
        std::snprintf(buf, sizeof buf, "%d %s %d", day, kMonths[month - 1], year);
    else if (month)
        std::snprintf(buf, sizeof buf, "%s %d", kMonths[month - 1], year);
    else
        std::snprintf(buf, sizeof buf, "%d", year);
    return buf;
}

int Debate::find_claim(const std::string& id) const { return find_in(claim_ids, id); }
int Debate::find_actor(const std::string& id) const { return find_in(actor_ids, id); }
int Debate::find_evidence(const std::string& id) const { return find_in(evidence_ids, id); }
int Debate::find_question(const std::string& id) const { return find_in(question_ids, id); }
int Debate::find_paragraph(const std::string& id) const { return find_in(paragraph_ids, id); }

namespace {
template <class T>
void index_ids(const std::vector<T>& items, std::unordered_map<std::string, int>& map) {
    map.clear();
    map.reserve(items.size());
    for (size_t i = 0; i < items.size(); ++i) map.emplace(items[i].id, static_cast<int>(i));
}
bool in_range(int i, size_t n) { return i >= 0 && static_cast<size_t>(i) < n; }
}  // namespace

void rebuild_indices(Debate& d) {
    index_ids(d.claims, d.claim_ids);
    index_ids(d.actors, d.actor_ids);
    index_ids(d.evidence, d.evidence_ids);
    index_ids(d.questions, d.question_ids);
    index_ids(d.article.paragraphs, d.paragraph_ids);
    d.graph.outgoing.assign(d.claims.size(), {});
    d.graph.incoming.assign(d.claims.size(), {});
    for (size_t i = 0; i < d.relations.size(); ++i) {
        const Relation& r = d.relations[i];
        if (!in_range(r.from, d.claims.size()) || !in_range(r.to, d.claims.size())) continue;
        d.graph.outgoing[r.from].push_back(static_cast<int>(i));
        d.graph.incoming[r.to].push_back(static_cast<int>(i));
    }
    d.stance_index.assign(d.questions.size() * d.actors.size(), -1);
    for (size_t i = 0; i < d.stances.size(); ++i) {
        const Stance& s = d.stances[i];
        if (!in_range(s.actor, d.actors.size()) || !in_range(s.question, d.questions.size())) continue;
        int& slot = d.stance_index[static_cast<size_t>(s.question) * d.actors.size() + s.actor];
        if (slot < 0) slot = static_cast<int>(i);
    }
}

const Stance* Debate::stance(int actor, int question) const {
    if (actor < 0 || question < 0 || actor >= (int)actors.size() || question >= (int)questions.size()) return nullptr;
    const int i = stance_index[static_cast<size_t>(question) * actors.size() + actor];
    return i < 0 ? nullptr : &stances[i];
}

const char* to_string(ParagraphKind v) { return EnumNames<ParagraphKind>::names[(int)v]; }
const char* to_string(ActorRole v) { return EnumNames<ActorRole>::names[(int)v]; }
const char* to_string(ClaimKind v) { return EnumNames<ClaimKind>::names[(int)v]; }
const char* to_string(Attribution v) { return EnumNames<Attribution>::names[(int)v]; }
const char* to_string(RelationType v) { return EnumNames<RelationType>::names[(int)v]; }
const char* to_string(EvidenceKind v) { return EnumNames<EvidenceKind>::names[(int)v]; }
const char* to_string(SourceKind v) { return EnumNames<SourceKind>::names[(int)v]; }
const char* to_string(Leaning v) { return EnumNames<Leaning>::names[(int)v]; }

const char* label(ClaimKind v) {
    static const char* const labels[] = {"Demand", "Factual assertion", "Interpretation",
                                         "Prediction", "Recommendation", "Value judgement"};
    return labels[(int)v];
}
const char* label(Leaning v) {
    static const char* const labels[] = {"Strongly no", "No", "Mixed", "Yes", "Strongly yes", "Not addressed"};
    return labels[(int)v];
}
const char* label(RelationType v) {
    static const char* const labels[] = {"supports", "rebuts", "qualifies", "elaborates", "responds to"};
    return labels[(int)v];
}
const char* label(ActorRole v) {
    static const char* const labels[] = {"Subject of the debate", "Commentator", "Referenced"};
    return labels[(int)v];
}

int leaning_value(Leaning v) {
    switch (v) {
        case Leaning::StrongNo: return -2;
        case Leaning::No: return -1;
        case Leaning::Mixed: return 0;
        case Leaning::Yes: return 1;
        case Leaning::StrongYes: return 2;
        case Leaning::NotAddressed: return 0;
    }
    return 0;
}

std::string review_label(const Review& review) { return "Fact-check: " + review.rating + " \u2014 " + review.reviewer; }

}  // namespace dl
