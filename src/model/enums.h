// The JSON spelling of every enumeration, in enum order: the single table behind parsing and printing.
#pragma once

#include "model/debate.h"

#include <string_view>

namespace dl {

template <class E> struct EnumNames;
#define DL_ENUM_NAMES(E, ...)                                                   \
    template <> struct EnumNames<E> {                                           \
        static constexpr const char* names[] = {__VA_ARGS__};                   \
        static constexpr int count = sizeof(names) / sizeof(names[0]);          \
    }
DL_ENUM_NAMES(ParagraphKind, "body", "byline", "list_item", "pull_quote");
DL_ENUM_NAMES(ActorRole, "subject", "commentator", "referenced");
DL_ENUM_NAMES(ClaimKind, "demand", "assertion", "interpretation", "prediction", "recommendation", "value_judgement");
DL_ENUM_NAMES(Attribution, "direct", "reported", "paraphrase");
DL_ENUM_NAMES(RelationType, "supports", "rebuts", "qualifies", "elaborates", "responds_to");
DL_ENUM_NAMES(EvidenceKind, "document", "treaty", "statement", "event", "article", "report");
DL_ENUM_NAMES(SourceKind, "article", "context");
DL_ENUM_NAMES(Leaning, "strong_no", "no", "mixed", "yes", "strong_yes", "not_addressed");
#undef DL_ENUM_NAMES

template <class E>
bool parse_enum(std::string_view text, E& out) {
    for (int i = 0; i < EnumNames<E>::count; ++i)
        if (text == EnumNames<E>::names[i]) {
            out = static_cast<E>(i);
            return true;
        }
    return false;
}

// "a, b or c": for messages that list what is allowed.
template <class E>
std::string enum_choices() {
    std::string s;
    for (int i = 0; i < EnumNames<E>::count; ++i) {
        if (i) s += (i + 1 == EnumNames<E>::count) ? " or " : ", ";
        s += EnumNames<E>::names[i];
    }
    return s;
}

}  // namespace dl
