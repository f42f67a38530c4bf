// The panel's balance per question, counted from the stance matrix: who leans yes, mixed or no,
// who does not address it, and a note when every commentator who answers leans the same way.
// Arithmetic over the stances only: the note's words are built from the counts and the actors'
// roles, never from editorial judgement.
#pragma once

#include "model/debate.h"

#include <array>
#include <string>
#include <vector>

namespace dl {

// Yes is yes or strongly yes, No is no or strongly no.
enum class LeaningGroup { Yes, Mixed, No, NotAddressed };
constexpr int kLeaningGroupCount = 4;
LeaningGroup leaning_group(Leaning leaning);
const char* label(LeaningGroup group);  // "Yes", "Mixed", "No", "Not addressed"

struct QuestionBalance {
    int question = -1;
    // Per LeaningGroup: the stance matrix's actors (stance_matrix_actors order) in that group; an
    // actor without a stance on the question counts as not addressing it.
    std::array<std::vector<int>, kLeaningGroupCount> actors;
    std::array<int, kLeaningGroupCount> commentators{};  // commentators per group
    std::array<int, kLeaningGroupCount> subjects{};      // subjects per group
    // At least two commentators address the question and all of them fall in one group (`agreed`).
    bool commentators_agree = false;
    LeaningGroup agreed = LeaningGroup::NotAddressed;
    // When they agree, one sentence saying so and where the subjects stand, e.g. "All four
    // commentators lean no; the subject leans yes."; empty otherwise.
    std::string note;

    int count(LeaningGroup g) const { return static_cast<int>(actors[static_cast<int>(g)].size()); }
};

// One entry per question, in the debate's order.
std::vector<QuestionBalance> panel_balance(const Debate& debate);

// "one" to "twelve", then digits: how the note writes counts.
std::string count_in_words(int n);

}  // namespace dl
