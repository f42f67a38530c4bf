// The panel's balance: stances grouped per question, and the agreement note built from the counts.
#include "model/balance.h"

#include "model/query.h"

namespace dl {

LeaningGroup leaning_group(Leaning l) {
    switch (l) {
        case Leaning::StrongYes:
        case Leaning::Yes: return LeaningGroup::Yes;
        case Leaning::Mixed: return LeaningGroup::Mixed;
        case Leaning::StrongNo:
        case Leaning::No: return LeaningGroup::No;
        case Leaning::NotAddressed: break;
    }
    return LeaningGroup::NotAddressed;
}

const char* label(LeaningGroup g) {
    switch (g) {
        case LeaningGroup::Yes: return "Yes";
        case LeaningGroup::Mixed: return "Mixed";
        case LeaningGroup::No: return "No";
        case LeaningGroup::NotAddressed: break;
    }
    return "Not addressed";
}

std::string count_in_words(int n) {
    static const char* const kWords[] = {"no", "one", "two", "three", "four", "five", "six",
                                         "seven", "eight", "nine", "ten", "eleven", "twelve"};
    return n >= 0 && n <= 12 ? kWords[n] : std::to_string(n);
}

namespace {
// "lean yes" / "leans yes", "are mixed" / "is mixed", "do not address it" / "does not address it".
std::string stand(LeaningGroup g, bool one) {
    switch (g) {
        case LeaningGroup::Yes: return one ? "leans yes" : "lean yes";
        case LeaningGroup::No: return one ? "leans no" : "lean no";
        case LeaningGroup::Mixed: return one ? "is mixed" : "are mixed";
        case LeaningGroup::NotAddressed: break;
    }
    return one ? "does not address it" : "do not address it";
}

// "All four commentators lean no", "Both commentators lean yes", or, when some do not answer,
// "The three commentators who address it all lean no (the other one does not address it)".
std::string commentators_clause(const QuestionBalance& b, int total) {
    const int silent = b.commentators[static_cast<int>(LeaningGroup::NotAddressed)];
    const int k = total - silent;
    if (silent == 0)
        return (k == 2 ? std::string("Both") : "All " + count_in_words(k)) + " commentators " + stand(b.agreed, false);
    return "The " + count_in_words(k) + " commentators who address it all " + stand(b.agreed, false) + " (the other " +
           count_in_words(silent) + " " + stand(LeaningGroup::NotAddressed, silent == 1) + ")";
}

// "the subject leans yes", "both subjects lean yes", "neither subject addresses it",
// "of the three subjects, one leans yes and two do not address it".
std::string subjects_clause(const QuestionBalance& b, int total) {
    int groups = 0;
    LeaningGroup only = LeaningGroup::NotAddressed;
    for (int g = 0; g < kLeaningGroupCount; ++g)
        if (b.subjects[g] > 0) {
            ++groups;
            only = static_cast<LeaningGroup>(g);
        }
    const std::string too = only == b.agreed ? " too" : "";
    if (total >= 2 && groups == 1 && only == LeaningGroup::NotAddressed)
        return total == 2 ? "neither subject addresses it" : "none of the " + count_in_words(total) + " subjects addresses it";
    if (total == 1) return "the subject " + stand(only, true) + too;
    if (groups == 1) return (total == 2 ? std::string("both") : "all " + count_in_words(total)) + " subjects " + stand(only, false) + too;
    std::vector<std::string> parts;
    for (int g = 0; g < kLeaningGroupCount; ++g)
        if (b.subjects[g] > 0)
            parts.push_back(count_in_words(b.subjects[g]) + " " + stand(static_cast<LeaningGroup>(g), b.subjects[g] == 1));
    std::string s = "of the " + count_in_words(total) + " subjects, ";
    for (size_t i = 0; i < parts.size(); ++i) s += (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") + parts[i];
    return s;
}
}  // namespace

std::vector<QuestionBalance> panel_balance(const Debate& d) {
    const std::vector<int> actors = stance_matrix_actors(d);
    int commentators = 0, subjects = 0;
    for (int a : actors) {
        commentators += d.actors[a].role == ActorRole::Commentator;
        subjects += d.actors[a].role == ActorRole::Subject;
    }
    std::vector<QuestionBalance> out(d.questions.size());
    for (size_t q = 0; q < d.questions.size(); ++q) {
        QuestionBalance& b = out[q];
        b.question = static_cast<int>(q);
        for (int a : actors) {
            const Stance* s = d.stance(a, static_cast<int>(q));
            const int g = static_cast<int>(leaning_group(s ? s->leaning : Leaning::NotAddressed));
            b.actors[g].push_back(a);
            if (d.actors[a].role == ActorRole::Commentator) ++b.commentators[g];
            if (d.actors[a].role == ActorRole::Subject) ++b.subjects[g];
        }
        const int addressing = commentators - b.commentators[static_cast<int>(LeaningGroup::NotAddressed)];
        for (int g = 0; g < static_cast<int>(LeaningGroup::NotAddressed); ++g)
            if (addressing >= 2 && b.commentators[g] == addressing) {
                b.commentators_agree = true;
                b.agreed = static_cast<LeaningGroup>(g);
            }
        if (!b.commentators_agree) continue;
        b.note = commentators_clause(b, commentators);
        if (subjects > 0) b.note += "; " + subjects_clause(b, subjects);
        b.note += ".";
    }
    return out;
}

}  // namespace dl
