// WCAG 2.2 AA contrast over the themes' own colours (1.4.3: text >= 4.5:1; 1.4.11: the focus ring and
// the map's relation lines >= 3:1), computed with WCAG's relative luminance from the colours
// ApplyTheme and theme.h hand the views, against every background that text is drawn on.
#include "ui/theme.h"

#include <doctest/doctest.h>
#include <imgui.h>

#include <cmath>
#include <string>

namespace {

// WCAG 2.x relative luminance of an sRGB colour (components 0..1).
double Luminance(const ImVec4& c) {
    auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.x) + 0.7152 * channel(c.y) + 0.0722 * channel(c.z);
}

// A colour drawn with its alpha over an opaque background.
ImVec4 Over(const ImVec4& top, const ImVec4& below) {
    const float a = top.w;
    return ImVec4(top.x * a + below.x * (1 - a), top.y * a + below.y * (1 - a), top.z * a + below.z * (1 - a), 1);
}

double Contrast(const ImVec4& fg, const ImVec4& bg) {
    const ImVec4 opaque_bg = bg.w < 1 ? Over(bg, ImVec4(bg.x, bg.y, bg.z, 1)) : bg;
    const double a = Luminance(Over(fg, opaque_bg)), b = Luminance(opaque_bg);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

ImVec4 U32(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

struct Context {
    Context() { ImGui::CreateContext(); }
    ~Context() { ImGui::DestroyContext(); }
};

const char* ThemeName(bool dark) { return dark ? "dark" : "light"; }

}  // namespace

TEST_CASE("theme: text contrasts at least 4.5:1 with every background it is drawn on, in both themes") {
    Context context;
    for (bool dark : {false, true}) {
        const std::string theme = ThemeName(dark);
        CAPTURE(theme);
        dl::ApplyTheme(dark, false);
        const ImVec4* c = ImGui::GetStyle().Colors;
        const ImVec4 text = c[ImGuiCol_Text], muted = dl::MutedTextColor(dark), disabled = c[ImGuiCol_TextDisabled];
        // Where the views draw text: windows, panes, popups and tooltips, fields, buttons, the
        // selected row, tabs.
        const std::pair<const char*, ImGuiCol_> backgrounds[] = {
            {"WindowBg", ImGuiCol_WindowBg}, {"ChildBg", ImGuiCol_ChildBg},   {"PopupBg", ImGuiCol_PopupBg},
            {"FrameBg", ImGuiCol_FrameBg},   {"FrameBgHovered", ImGuiCol_FrameBgHovered}, {"FrameBgActive", ImGuiCol_FrameBgActive},
            {"Button", ImGuiCol_Button},     {"ButtonHovered", ImGuiCol_ButtonHovered}, {"ButtonActive", ImGuiCol_ButtonActive},
            {"Header", ImGuiCol_Header},     {"HeaderHovered", ImGuiCol_HeaderHovered}, {"HeaderActive", ImGuiCol_HeaderActive},
            {"Tab", ImGuiCol_Tab},
            {"TabActive", ImGuiCol_TabActive}, {"TabHovered", ImGuiCol_TabHovered}};
        for (const auto& [name, col] : backgrounds) {
            const std::string background = name;
            CAPTURE(background);
            const ImVec4 bg = Over(c[col], c[ImGuiCol_WindowBg]);
            CHECK(Contrast(text, bg) >= 4.5);
        }
        // Secondary text (bylines, counts, hints) on the panes it appears in.
        for (ImGuiCol_ col : {ImGuiCol_WindowBg, ImGuiCol_ChildBg, ImGuiCol_PopupBg}) {
            CAPTURE(col);
            CHECK(Contrast(muted, c[col]) >= 4.5);
            CHECK(Contrast(disabled, c[col]) >= 4.5);
        }
        // A cell of the Positions matrix: its glyph and label on its leaning's colour.
        for (dl::Leaning l : {dl::Leaning::StrongNo, dl::Leaning::No, dl::Leaning::Mixed, dl::Leaning::Yes, dl::Leaning::StrongYes,
                              dl::Leaning::NotAddressed}) {
            const std::string leaning = dl::LeaningGlyph(l);
            CAPTURE(leaning);
            CHECK(Contrast(dl::LeaningTextColor(l, dark), dl::LeaningColor(l, dark)) >= 4.5);
        }
        // A fact-check badge's text on the badge.
        CHECK(Contrast(U32(dl::ReviewBadgeTextColor(dark)), U32(dl::ReviewBadgeColor(dark))) >= 4.5);
        // A quote in the article: the text over its speaker's highlight, over the pane.
        for (int actor = 0; actor < 7; ++actor) {
            CAPTURE(actor);
            CHECK(Contrast(text, Over(U32(dl::ActorHighlight(actor, dark)), c[ImGuiCol_ChildBg])) >= 4.5);
            CHECK(Contrast(text, Over(U32(dl::ActorHighlight(actor, dark)), c[ImGuiCol_WindowBg])) >= 4.5);
        }
    }
}

TEST_CASE("theme: the focus ring and the map's relation lines contrast at least 3:1 with their backgrounds") {
    Context context;
    for (bool dark : {false, true}) {
        const std::string theme = ThemeName(dark);
        CAPTURE(theme);
        dl::ApplyTheme(dark, false);
        const ImVec4* c = ImGui::GetStyle().Colors;
        for (ImGuiCol_ col : {ImGuiCol_WindowBg, ImGuiCol_ChildBg, ImGuiCol_PopupBg, ImGuiCol_FrameBg, ImGuiCol_Header}) {
            CAPTURE(col);
            CHECK(Contrast(U32(dl::FocusRingColor(dark)), Over(c[col], c[ImGuiCol_WindowBg])) >= 3.0);
        }
        // The map draws on the pane; a relation's type is also in its label, but the line itself
        // must be seen (1.4.11).
        for (dl::RelationType t : {dl::RelationType::Supports, dl::RelationType::Rebuts, dl::RelationType::Qualifies,
                                   dl::RelationType::Elaborates, dl::RelationType::RespondsTo}) {
            CAPTURE(static_cast<int>(t));
            CHECK(Contrast(U32(dl::RelationColor(t, dark)), c[ImGuiCol_ChildBg]) >= 3.0);
            CHECK(Contrast(U32(dl::RelationColor(t, dark)), c[ImGuiCol_WindowBg]) >= 3.0);
        }
    }
}

TEST_CASE("theme: the contrast measure itself: black on white is 21:1, a colour on itself 1:1") {
    CHECK(Contrast(ImVec4(0, 0, 0, 1), ImVec4(1, 1, 1, 1)) == doctest::Approx(21.0));
    CHECK(Contrast(ImVec4(0.5f, 0.2f, 0.9f, 1), ImVec4(0.5f, 0.2f, 0.9f, 1)) == doctest::Approx(1.0));
    // WCAG's own example figure: #767676 on white is just over 4.5:1.
    CHECK(Contrast(ImVec4(0x76 / 255.0f, 0x76 / 255.0f, 0x76 / 255.0f, 1), ImVec4(1, 1, 1, 1)) == doctest::Approx(4.54).epsilon(0.01));
}
