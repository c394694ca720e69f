#include "history.h"

#include <algorithm>

namespace ls::session {

size_t History::size() const {
    std::lock_guard g(m_);
    return records_.size();
}

StepRecord History::at(size_t i) const {
    std::lock_guard g(m_);
    return i < records_.size() ? records_[i] : StepRecord{};
}

void History::record(size_t index, const StepRecord &r) {
    std::lock_guard g(m_);
    if (index < records_.size() && records_[index].kind == PauseKind::End && (records_[index].flags & StepRecord::kSoftEnd))
        records_.resize(index);
    if (index == records_.size()) records_.push_back(r);
}

std::vector<StepRecord> History::range(size_t from, size_t to) const {
    std::lock_guard g(m_);
    to = std::min(to, records_.size());
    if (from >= to) return {};
    return std::vector<StepRecord>(records_.begin() + static_cast<ptrdiff_t>(from), records_.begin() + static_cast<ptrdiff_t>(to));
}

size_t History::firstAtTime(double t) const {
    std::lock_guard g(m_);
    // The clock never goes back, so the records are sorted by t.
    auto it = std::lower_bound(records_.begin(), records_.end(), t,
                               [](const StepRecord &r, double v) { return r.t < v - 1e-12; });
    return static_cast<size_t>(it - records_.begin());
}

size_t History::bytesUsed() const {
    std::lock_guard g(m_);
    return records_.capacity() * sizeof(StepRecord);
}

}  // namespace ls::session
