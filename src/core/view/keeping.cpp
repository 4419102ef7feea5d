#include "keeping.hpp"

#include <string.h>  // explicit_bzero

#include <algorithm>

#include "utf8.hpp"

namespace attune {

namespace {

// The room for the longest passphrase, in bytes: typing never grows the
// string past it, so it never moves (and leaves no copy behind).
constexpr std::size_t secret_room = SecretText::max_characters * 4 + 1;

bool typing_screen(KeepScreen screen) {
    switch (screen) {
        case KeepScreen::passphrase:
        case KeepScreen::recovery_code:
        case KeepScreen::name:
        case KeepScreen::new_passphrase:
        case KeepScreen::repeat:
            return true;
        default:
            return false;
    }
}

// A code name the space folder can hold as a file name, checked again by
// the space library when the space is made.
bool plausible_name(const std::string& name) {
    if (name.empty() || utf8::count_characters(name) > 40) return false;
    if (name.front() == '.' || name.front() == ' ' || name.back() == ' ') return false;
    return name.find('/') == std::string::npos && name.find('\\') == std::string::npos;
}

bool same_name(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
    });
}

void leave_field(KeepFlow& flow, KeepScreen to) {
    flow.typed.wipe();
    flow.problem = KeepProblem::none;
    flow.detail.clear();
    flow.screen = to;
}

KeepRequest on_ask(KeepFlow& flow, UiAction action) {
    switch (action) {
        case UiAction::keep_left:
        case UiAction::keep_right: {
            bool& wants = flow.wants[action == UiAction::keep_left ? 0 : 1];
            wants = !wants;  // a key pressed by mistake is pressed again
            if (flow.wants[0] && flow.wants[1]) {
                if (flow.fixed_space)
                    leave_field(flow, KeepScreen::passphrase);
                else
                    leave_field(flow, flow.spaces.empty() ? KeepScreen::name : KeepScreen::choose);
            }
            return KeepRequest::none;
        }
        case UiAction::keep_confirm:
        case UiAction::keep_other:
            return KeepRequest::without_keeping;
        case UiAction::keep_back:
            return KeepRequest::cancel;
        default:
            return KeepRequest::none;
    }
}

KeepRequest on_choose(KeepFlow& flow, UiAction action, std::size_t entry) {
    const std::size_t last = flow.spaces.size();  // "a new space"
    switch (action) {
        case UiAction::previous_page:
            if (flow.selected > 0) --flow.selected;
            return KeepRequest::none;
        case UiAction::next_page:
            flow.selected = std::min(flow.selected + 1, last);
            return KeepRequest::none;
        case UiAction::keep_pick:
            if (entry > last) return KeepRequest::none;
            flow.selected = entry;
            [[fallthrough]];
        case UiAction::keep_confirm:
            if (flow.selected < last) {
                flow.space = flow.spaces[flow.selected];
                leave_field(flow, KeepScreen::passphrase);
            } else {
                leave_field(flow, KeepScreen::name);
            }
            return KeepRequest::none;
        case UiAction::keep_back:
            flow.wants = {false, false};
            leave_field(flow, KeepScreen::ask);
            return KeepRequest::none;
        default:
            return KeepRequest::none;
    }
}

KeepRequest on_field(KeepFlow& flow, UiAction action, TimePoint now) {
    if (action == UiAction::erase) {
        flow.typed.erase_last();
        return KeepRequest::none;
    }
    const KeepScreen back_from_secret =
        flow.fixed_space ? KeepScreen::ask : (flow.spaces.empty() ? KeepScreen::ask : KeepScreen::choose);
    switch (flow.screen) {
        case KeepScreen::passphrase:
        case KeepScreen::recovery_code:
            if (action == UiAction::keep_back) {
                if (flow.screen == KeepScreen::recovery_code) {
                    leave_field(flow, KeepScreen::passphrase);
                } else {
                    flow.wants = {false, false};
                    leave_field(flow, back_from_secret);
                }
            } else if (action == UiAction::keep_other && flow.screen == KeepScreen::passphrase) {
                leave_field(flow, KeepScreen::recovery_code);
            } else if (action == UiAction::keep_confirm && !flow.typed.empty()) {
                if (flow.retry_at && now < *flow.retry_at) return KeepRequest::none;  // the screen says how long
                const bool recovery = flow.screen == KeepScreen::recovery_code;
                flow.recovering = recovery;
                flow.screen = KeepScreen::working;
                return recovery ? KeepRequest::recover : KeepRequest::open;
            }
            return KeepRequest::none;
        case KeepScreen::name:
            if (action == UiAction::keep_back) {
                leave_field(flow, flow.spaces.empty() ? KeepScreen::ask : KeepScreen::choose);
                if (flow.screen == KeepScreen::ask) flow.wants = {false, false};
            } else if (action == UiAction::keep_confirm && !flow.typed.empty()) {
                const std::string name = flow.typed.text();
                if (!plausible_name(name)) {
                    flow.problem = KeepProblem::name_invalid;
                } else if (std::any_of(flow.spaces.begin(), flow.spaces.end(),
                                       [&](const std::string& each) { return same_name(each, name); })) {
                    flow.problem = KeepProblem::name_taken;
                } else {
                    flow.space = name;
                    leave_field(flow, KeepScreen::new_passphrase);
                }
            }
            return KeepRequest::none;
        case KeepScreen::new_passphrase:
            if (action == UiAction::keep_back && !flow.recovering) {
                leave_field(flow, KeepScreen::name);
            } else if (action == UiAction::keep_confirm && !flow.typed.empty()) {
                if (flow.typed.characters() < min_passphrase_characters) {
                    flow.problem = KeepProblem::too_short;
                    flow.typed.wipe();
                } else {
                    flow.first = std::move(flow.typed);
                    leave_field(flow, KeepScreen::repeat);
                }
            }
            return KeepRequest::none;
        case KeepScreen::repeat:
            if (action == UiAction::keep_back) {
                flow.first.wipe();
                leave_field(flow, KeepScreen::new_passphrase);
            } else if (action == UiAction::keep_confirm && !flow.typed.empty()) {
                if (flow.typed.text() != flow.first.text()) {
                    flow.first.wipe();
                    leave_field(flow, KeepScreen::new_passphrase);
                    flow.problem = KeepProblem::mismatch;
                    return KeepRequest::none;
                }
                flow.typed.wipe();
                flow.screen = KeepScreen::working;
                return flow.recovering ? KeepRequest::set_passphrase : KeepRequest::create;
            }
            return KeepRequest::none;
        default:
            return KeepRequest::none;
    }
}

KeepRequest on_both(KeepFlow& flow, UiAction action, KeepRequest when_both) {
    if (action != UiAction::keep_left && action != UiAction::keep_right) return KeepRequest::none;
    flow.agreed[action == UiAction::keep_left ? 0 : 1] = true;
    return flow.agreed[0] && flow.agreed[1] ? when_both : KeepRequest::none;
}

}  // namespace

SecretText::SecretText() { m_text.reserve(secret_room); }

SecretText::SecretText(SecretText&& other) noexcept : SecretText() {
    m_text.assign(other.m_text);
    other.wipe();
}

SecretText& SecretText::operator=(SecretText&& other) noexcept {
    if (this != &other) {
        wipe();
        m_text.assign(other.m_text);
        other.wipe();
    }
    return *this;
}

SecretText::~SecretText() { wipe(); }

void SecretText::append(std::string_view utf8) {
    const std::size_t room = max_characters - std::min(max_characters, characters());
    const std::string_view added = utf8::first_characters(utf8, room);
    if (m_text.size() + added.size() >= secret_room) return;
    m_text.append(added);
}

void SecretText::erase_last() {
    if (!m_text.empty()) {
        const std::size_t start = utf8::last_character_start(m_text);
        explicit_bzero(m_text.data() + start, m_text.size() - start);
        m_text.resize(start);
    }
}

void SecretText::wipe() {
    if (m_text.capacity() > 0) explicit_bzero(m_text.data(), m_text.capacity());
    m_text.clear();
}

std::size_t SecretText::characters() const { return utf8::count_characters(m_text); }

KeepFlow start_keep_flow(std::vector<std::string> spaces, std::optional<std::string> fixed) {
    KeepFlow flow;
    flow.spaces = std::move(spaces);
    if (fixed) {
        flow.space = *fixed;
        flow.fixed_space = true;
    }
    return flow;
}

UiAction map_keep_key(const KeyPress& press, const KeepFlow& flow) {
    if (press.modifiers.ctrl && !press.modifiers.alt)
        return press.key == Key::q ? UiAction::hold_to_quit : UiAction::none;
    if (typing_screen(flow.screen)) {
        switch (press.key) {
            case Key::enter:
                return UiAction::keep_confirm;
            case Key::escape:
                return UiAction::keep_back;
            case Key::backspace:
                return UiAction::erase;
            case Key::tab:
                return UiAction::keep_other;
            default:
                return UiAction::none;  // letters and digits arrive as text
        }
    }
    switch (press.key) {
        case Key::a:
            return UiAction::keep_left;
        case Key::l:
            return UiAction::keep_right;
        case Key::space:
        case Key::enter:
            return flow.screen == KeepScreen::written ? UiAction::none : UiAction::keep_confirm;
        case Key::escape:
            return UiAction::keep_back;
        case Key::up:
            return UiAction::previous_page;
        case Key::down:
            return UiAction::next_page;
        default:
            return UiAction::none;
    }
}

KeepRequest apply_keep_action(KeepFlow& flow, UiAction action, std::size_t entry, TimePoint now) {
    switch (flow.screen) {
        case KeepScreen::ask:
            return on_ask(flow, action);
        case KeepScreen::choose:
            return on_choose(flow, action, entry);
        case KeepScreen::passphrase:
        case KeepScreen::recovery_code:
        case KeepScreen::name:
        case KeepScreen::new_passphrase:
        case KeepScreen::repeat:
            return on_field(flow, action, now);
        case KeepScreen::written: {
            const KeepRequest request = on_both(flow, action, KeepRequest::keep);
            if (request == KeepRequest::keep) {
                // Shown once: gone from memory once both wrote it down.
                explicit_bzero(flow.recovery_code.data(), flow.recovery_code.size());
                flow.recovery_code.clear();
            }
            return request;
        }
        case KeepScreen::resume:
            if (action == UiAction::keep_confirm) return KeepRequest::go_on;
            // Beginning anew during a cool-down would end the pause rule's
            // time early: only going on is offered then.
            if (flow.offer && flow.offer->cooling) return KeepRequest::none;
            return on_both(flow, action, KeepRequest::begin_anew);
        case KeepScreen::notice:
            if (action == UiAction::keep_confirm) return KeepRequest::without_keeping;
            if (action == UiAction::keep_back) return KeepRequest::cancel;
            return KeepRequest::none;
        case KeepScreen::working:
            return KeepRequest::none;
    }
    return KeepRequest::none;
}

void keep_type_text(KeepFlow& flow, std::string_view utf8) {
    if (!typing_screen(flow.screen)) return;
    std::string clean;
    for (char c : utf8)
        if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) clean.push_back(c);
    if (utf8::find_invalid(clean)) return;
    flow.typed.append(clean);
    explicit_bzero(clean.data(), clean.size());
    if (flow.problem == KeepProblem::mismatch || flow.problem == KeepProblem::too_short ||
        flow.problem == KeepProblem::name_taken || flow.problem == KeepProblem::name_invalid)
        flow.problem = KeepProblem::none;
}

bool keep_typing(const KeepFlow& flow) { return typing_screen(flow.screen); }

void keep_refused(KeepFlow& flow, KeepProblem problem, std::string detail, std::optional<TimePoint> retry_at) {
    KeepScreen to = KeepScreen::notice;
    if (problem == KeepProblem::wrong_secret) to = flow.recovering ? KeepScreen::recovery_code : KeepScreen::passphrase;
    if (problem == KeepProblem::name_taken || problem == KeepProblem::name_invalid) to = KeepScreen::name;
    flow.first.wipe();
    leave_field(flow, to);
    flow.recovering = false;
    flow.problem = problem;
    flow.detail = std::move(detail);
    flow.retry_at = retry_at;
}

void keep_recovered(KeepFlow& flow) {
    leave_field(flow, KeepScreen::new_passphrase);
    flow.retry_at.reset();
    flow.recovering = true;
}

void keep_created(KeepFlow& flow, std::string recovery_code) {
    flow.first.wipe();
    leave_field(flow, KeepScreen::written);
    flow.recovery_code = std::move(recovery_code);
    flow.agreed = {false, false};
}

void keep_offer_resume(KeepFlow& flow, ResumeOffer offer) {
    leave_field(flow, KeepScreen::resume);
    flow.offer = std::move(offer);
    flow.agreed = {false, false};
}

void keep_notice(KeepFlow& flow, KeepProblem problem, std::string detail) {
    flow.first.wipe();
    leave_field(flow, KeepScreen::notice);
    flow.problem = problem;
    flow.detail = std::move(detail);
}

std::optional<TimePoint> keep_next_change(const KeepFlow& flow, TimePoint now) {
    if (!flow.retry_at || *flow.retry_at <= now) return std::nullopt;
    // The wait is shown in whole seconds.
    const Duration fraction = (*flow.retry_at - now) % Seconds{1};
    return now + (fraction > Duration{0} ? fraction : Duration{Seconds{1}});
}

}  // namespace attune
