// Whether this test is built with AddressSanitizer: the sanitizer build of
// scripts/sanitize.sh runs several times slower, and its longest tests run
// a sample of what the release build runs in full (CI stays under 30 min).
#pragma once

namespace ls::test {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

}  // namespace ls::test
