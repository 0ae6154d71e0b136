// Asking the kernel to back a large buffer with huge pages.
#pragma once

#include <cstddef>

namespace cc {

// Advises that the pages of [data, data + bytes) will be used densely, so
// the kernel may back them with transparent huge pages: a 10 MB document's
// arrays then cost a few hundred page faults instead of tens of thousands.
// Only the pages the buffer wholly covers are advised; small buffers and
// systems without the advice are left alone. Memory never written stays
// unbacked either way.
void advise_huge_pages(const void* data, size_t bytes);

}  // namespace cc
