#include "keyframes.h"

#include "asyncio/base_events.h"
#include "interp/memory_cap.h"

#include <algorithm>

namespace ls::session {

using namespace ls::interp;

VmKeyframes::VmKeyframes(std::shared_ptr<const History> history, KeyframePolicy policy)
    : history_(std::move(history)), policy_(policy), spacing_(std::max<uint64_t>(policy.minSpacing, 1)) {}

VmKeyframes::~VmKeyframes() = default;

std::shared_ptr<const Keyframe> VmKeyframes::nearest(uint64_t index) const {
    std::lock_guard g(m_);
    // Record indices grow with instructions: the last keyframe whose index
    // is at most `index`.
    for (auto it = byInstr_.rbegin(); it != byInstr_.rend(); ++it)
        if (it->second->index <= index) return it->second;
    return start_;
}

bool VmKeyframes::due(uint64_t instructions) const {
    std::lock_guard g(m_);
    if (anyRefused_ && instructions >= refusedAt_ && instructions - refusedAt_ < spacing_ / 8) return false;
    auto after = byInstr_.lower_bound(instructions);
    if (after != byInstr_.end() && after->first - instructions < spacing_ / 2) return false;
    uint64_t prev = 0;  // the start of the run
    if (after != byInstr_.begin()) prev = std::prev(after)->first;
    return instructions - prev >= spacing_;
}

void VmKeyframes::refused(uint64_t instructions) {
    std::lock_guard g(m_);
    refusedAt_ = instructions;
    anyRefused_ = true;
}

void VmKeyframes::add(std::shared_ptr<VmKeyframe> k) {
    std::vector<std::shared_ptr<VmKeyframe>> dropped;  // freed outside the lock
    {
        std::lock_guard g(m_);
        const uint64_t at = k->instr;
        if (byInstr_.count(at)) return;  // one at this point already (kept)
        ++taken_;
        bytes_ += k->bytes;
        const double size = static_cast<double>(k->bytes);
        byInstr_.emplace(at, std::move(k));
        if (bytes_ <= budget() && policy_.bytesPerRecord > 0 && at > 0 && history_->size() > 0) {
            // Room again (the history grew since a thinning): back towards the
            // spacing the budget sustains at the rate records come so far,
            // so that early thinnings do not leave the rest of a long run
            // sparse. (Only downwards: the start of a run, with few records
            // per instruction, would overestimate it.)
            const double perInstr = static_cast<double>(history_->size()) / static_cast<double>(at);
            // Twice the spacing that would fill the budget exactly: headroom,
            // or every gap a re-execution fills would thin them all again.
            const double sustainable = 2 * size / (policy_.bytesPerRecord * perInstr);
            if (sustainable < static_cast<double>(spacing_))
                spacing_ = std::max<uint64_t>(policy_.minSpacing, static_cast<uint64_t>(sustainable));
        }
        while (bytes_ > budget() && !byInstr_.empty()) {
            // Every other keyframe goes (the first one stays): the spacing
            // doubles, the memory halves.
            bool drop = false;
            for (auto i = byInstr_.begin(); i != byInstr_.end();) {
                if (drop) {
                    bytes_ -= i->second->bytes;
                    dropped.push_back(std::move(i->second));
                    i = byInstr_.erase(i);
                } else {
                    ++i;
                }
                drop = !drop;
            }
            spacing_ *= 2;
            if (byInstr_.size() == 1 && bytes_ > budget()) {
                bytes_ = 0;
                dropped.push_back(std::move(byInstr_.begin()->second));
                byInstr_.clear();
            }
        }
    }
}

size_t VmKeyframes::budget() const {
    return std::max(policy_.floorBytes, static_cast<size_t>(policy_.bytesPerRecord * static_cast<double>(history_->size())));
}

size_t VmKeyframes::count() const {
    std::lock_guard g(m_);
    return byInstr_.size();
}

size_t VmKeyframes::bytes() const {
    std::lock_guard g(m_);
    return bytes_;
}

uint64_t VmKeyframes::spacing() const {
    std::lock_guard g(m_);
    return spacing_;
}

uint64_t VmKeyframes::taken() const {
    std::lock_guard g(m_);
    return taken_;
}

std::shared_ptr<VmKeyframe> takeVmKeyframe(VM &vm, aio::EventLoopObject *loop, size_t remaining) {
    if (!aio::canonicalShape(vm, loop)) return nullptr;
    auto k = std::make_shared<VmKeyframe>();
    k->instr = vm.instructionCount();
    const size_t before = heapBytesInUse();
    try {
        k->pos = aio::freezeAtBoundary(vm, remaining, {}, k->frozen);
    } catch (const CloneError &) {
        return nullptr;
    }
    const size_t after = heapBytesInUse();
    k->bytes = after > before ? after - before : 0;
    return k;
}

ResumedVm resumeVmKeyframe(const VmKeyframe &k, VmHost &host) {
    ResumedVm r;
    VmCloner::Map map;
    std::lock_guard lock(k.resumeLock);
    const auto stack = aio::stackReferences(k.pos, k.frozen.chain);
    VmCloner::Options o;
    o.stackOfShared = &stack;
    r.vm = VmCloner::clone(*k.frozen.vm, host, VmCloner::exactly(stack), {}, r.chain, map, o);
    Value::setFloatIdentityCounter(k.frozen.floatIdentities);
    r.pos = aio::mapPosition(k.pos, map);
    return r;
}

}  // namespace ls::session
