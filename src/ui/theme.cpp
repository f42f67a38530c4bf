// Theme colours. Contrast figures are for text on the window background.
#include "ui/theme.h"

namespace dl {

namespace {
// Okabe-Ito, ordered so that neighbouring actors differ strongly.
const ImU32 kActorPalette[] = {IM_COL32(213, 94, 0, 255),   IM_COL32(0, 114, 178, 255), IM_COL32(0, 158, 115, 255),
                               IM_COL32(204, 121, 167, 255), IM_COL32(230, 159, 0, 255), IM_COL32(86, 180, 233, 255),
                               IM_COL32(120, 120, 120, 255)};
constexpr int kActorPaletteSize = sizeof(kActorPalette) / sizeof(kActorPalette[0]);
}  // namespace

void ApplyTheme(bool dark, bool touch) {
    ImGuiStyle style;
    if (dark) ImGui::StyleColorsDark(&style);
    else ImGui::StyleColorsLight(&style);
    ImVec4* c = style.Colors;
    if (dark) {
        c[ImGuiCol_Text] = ImVec4(0.91f, 0.92f, 0.93f, 1);          // ~15:1 on the background
        c[ImGuiCol_TextDisabled] = ImVec4(0.66f, 0.68f, 0.71f, 1);  // ~7:1
        c[ImGuiCol_WindowBg] = ImVec4(0.09f, 0.10f, 0.11f, 1);
        c[ImGuiCol_ChildBg] = ImVec4(0.11f, 0.12f, 0.13f, 1);
        c[ImGuiCol_PopupBg] = ImVec4(0.14f, 0.15f, 0.17f, 0.98f);
        c[ImGuiCol_Header] = ImVec4(0.20f, 0.32f, 0.46f, 1);
        c[ImGuiCol_HeaderHovered] = ImVec4(0.24f, 0.38f, 0.55f, 1);
        c[ImGuiCol_HeaderActive] = ImVec4(0.25f, 0.40f, 0.57f, 1);
        c[ImGuiCol_Tab] = ImVec4(0.15f, 0.17f, 0.19f, 1);
        c[ImGuiCol_TabActive] = ImVec4(0.22f, 0.36f, 0.52f, 1);
        c[ImGuiCol_TabHovered] = ImVec4(0.26f, 0.42f, 0.60f, 1);
        c[ImGuiCol_FrameBg] = ImVec4(0.16f, 0.17f, 0.19f, 1);
        c[ImGuiCol_FrameBgHovered] = ImVec4(0.20f, 0.23f, 0.27f, 1);
        c[ImGuiCol_FrameBgActive] = ImVec4(0.22f, 0.27f, 0.34f, 1);
        // ImGui's own dark buttons turn bright blue under the pointer (2.5:1 with the text): these stay >= 4.5:1.
        c[ImGuiCol_Button] = ImVec4(0.18f, 0.20f, 0.23f, 1);
        c[ImGuiCol_ButtonHovered] = ImVec4(0.24f, 0.33f, 0.45f, 1);
        c[ImGuiCol_ButtonActive] = ImVec4(0.22f, 0.36f, 0.52f, 1);
        c[ImGuiCol_Separator] = ImVec4(0.25f, 0.27f, 0.30f, 1);
    } else {
        c[ImGuiCol_Text] = ImVec4(0.10f, 0.11f, 0.12f, 1);          // ~17:1 on the background
        c[ImGuiCol_TextDisabled] = ImVec4(0.36f, 0.38f, 0.41f, 1);  // ~6.5:1
        c[ImGuiCol_WindowBg] = ImVec4(0.985f, 0.98f, 0.97f, 1);
        c[ImGuiCol_ChildBg] = ImVec4(1.0f, 1.0f, 1.0f, 1);
        c[ImGuiCol_PopupBg] = ImVec4(1.0f, 1.0f, 1.0f, 0.99f);
        c[ImGuiCol_Header] = ImVec4(0.80f, 0.87f, 0.95f, 1);
        c[ImGuiCol_HeaderHovered] = ImVec4(0.86f, 0.91f, 0.97f, 1);
        c[ImGuiCol_HeaderActive] = ImVec4(0.74f, 0.83f, 0.94f, 1);
        c[ImGuiCol_Tab] = ImVec4(0.90f, 0.90f, 0.89f, 1);
        c[ImGuiCol_TabActive] = ImVec4(1.0f, 1.0f, 1.0f, 1);
        c[ImGuiCol_TabHovered] = ImVec4(0.82f, 0.88f, 0.96f, 1);
        c[ImGuiCol_FrameBg] = ImVec4(0.93f, 0.93f, 0.92f, 1);
        c[ImGuiCol_Button] = ImVec4(0.90f, 0.90f, 0.89f, 1);
        c[ImGuiCol_ButtonHovered] = ImVec4(0.82f, 0.88f, 0.96f, 1);
        c[ImGuiCol_Separator] = ImVec4(0.82f, 0.82f, 0.80f, 1);
        c[ImGuiCol_Border] = ImVec4(0.80f, 0.80f, 0.78f, 1);
    }
    c[ImGuiCol_NavHighlight] = dark ? ImVec4(1.0f, 0.78f, 0.25f, 1) : ImVec4(0.0f, 0.36f, 0.80f, 1);
    style.WindowPadding = ImVec2(14, 12);
    style.FramePadding = ImVec2(10, touch ? 11.5f : 7.0f);
    style.ItemSpacing = ImVec2(10, 8);
    style.ItemInnerSpacing = ImVec2(8, 6);
    style.CellPadding = ImVec2(8, 6);
    style.ScrollbarSize = 16;
    style.FrameRounding = 5;
    style.TabRounding = 5;
    style.ChildRounding = 6;
    style.PopupRounding = 6;
    style.GrabRounding = 4;
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 1;
    style.TouchExtraPadding = ImVec2(2, 2);
    ImGui::GetStyle() = style;
}

ImU32 ActorColor(int actor, float alpha) {
    ImU32 c = kActorPalette[(actor < 0 ? 0 : actor) % kActorPaletteSize];
    const ImU32 a = static_cast<ImU32>(alpha * 255.0f + 0.5f);
    return (c & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}

ImU32 ActorHighlight(int actor, bool dark) { return ActorColor(actor, dark ? 0.30f : 0.16f); }

ImVec4 LeaningColor(Leaning l, bool dark) {
    // Orange (no) to purple (yes) through grey: distinguishable in all common colour-vision types.
    switch (l) {
        case Leaning::StrongNo: return ImVec4(0.70f, 0.35f, 0.02f, 1);
        case Leaning::No: return ImVec4(0.95f, 0.64f, 0.25f, 1);
        case Leaning::Mixed: return dark ? ImVec4(0.45f, 0.46f, 0.48f, 1) : ImVec4(0.80f, 0.80f, 0.80f, 1);
        case Leaning::Yes: return ImVec4(0.60f, 0.56f, 0.76f, 1);
        case Leaning::StrongYes: return ImVec4(0.33f, 0.15f, 0.53f, 1);
        case Leaning::NotAddressed: return dark ? ImVec4(0.16f, 0.17f, 0.19f, 1) : ImVec4(0.95f, 0.95f, 0.94f, 1);
    }
    return ImVec4(0.5f, 0.5f, 0.5f, 1);
}

ImVec4 LeaningTextColor(Leaning l, bool dark) {
    switch (l) {
        case Leaning::StrongNo:
        case Leaning::StrongYes: return ImVec4(1, 1, 1, 1);
        case Leaning::NotAddressed: return MutedTextColor(dark);
        case Leaning::Mixed: return dark ? ImVec4(1, 1, 1, 1) : ImVec4(0.08f, 0.08f, 0.08f, 1);
        default: return ImVec4(0.08f, 0.08f, 0.08f, 1);
    }
}

const char* LeaningGlyph(Leaning l) {
    switch (l) {
        case Leaning::StrongNo: return "\xE2\x88\x92\xE2\x88\x92";  // −−
        case Leaning::No: return "\xE2\x88\x92";
        case Leaning::Mixed: return "\xC2\xB1";
        case Leaning::Yes: return "+";
        case Leaning::StrongYes: return "++";
        case Leaning::NotAddressed: return "\xC2\xB7";
    }
    return "?";
}

ImU32 RelationColor(RelationType t, bool dark) {
    switch (t) {
        case RelationType::Supports: return dark ? IM_COL32(64, 190, 150, 255) : IM_COL32(0, 128, 90, 255);
        case RelationType::Rebuts: return dark ? IM_COL32(240, 120, 60, 255) : IM_COL32(200, 70, 0, 255);
        case RelationType::Qualifies: return dark ? IM_COL32(220, 170, 40, 255) : IM_COL32(160, 110, 0, 255);
        case RelationType::Elaborates: return dark ? IM_COL32(110, 170, 240, 255) : IM_COL32(0, 95, 170, 255);
        case RelationType::RespondsTo: return dark ? IM_COL32(190, 190, 190, 255) : IM_COL32(100, 100, 100, 255);
    }
    return IM_COL32(128, 128, 128, 255);
}

ImVec4 MutedTextColor(bool dark) { return dark ? ImVec4(0.70f, 0.72f, 0.75f, 1) : ImVec4(0.33f, 0.35f, 0.38f, 1); }

ImU32 FocusRingColor(bool dark) { return dark ? IM_COL32(255, 200, 64, 255) : IM_COL32(0, 92, 204, 255); }
ImU32 ReviewBadgeColor(bool dark) { return dark ? IM_COL32(0x4A, 0x3B, 0x10, 0xFF) : IM_COL32(0xFF, 0xF1, 0xC2, 0xFF); }
ImU32 ReviewBadgeTextColor(bool dark) { return dark ? IM_COL32(0xFF, 0xE9, 0xA8, 0xFF) : IM_COL32(0x3A, 0x2A, 0x00, 0xFF); }

}  // namespace dl
