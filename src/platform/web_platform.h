// The web platform's one way back in: JavaScript calls (web_bridge.cpp) carry no context, so they
// reach the running platform through this. Internal to src/platform/.
#pragma once

#include "platform/sdl_platform.h"

namespace dl {

// The platform RunPlatform started, or null before it ran.
SdlPlatform* RunningWebPlatform();
// Draw again: the page handed something in or input arrived.
void WakeWebPlatform();

}  // namespace dl
