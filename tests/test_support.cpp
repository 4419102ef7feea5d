// Shared helpers for the tests (fake clock, script builders, a session driver).
#include "test_support.hpp"

#include <sstream>
#include <utility>

namespace attune::test {

Step say(std::string text, std::optional<Seconds> time) { return Step{SayStep{std::move(text), time}, {}}; }

Step turn(Seat speaker, Seconds time, std::optional<Overtime> overtime) {
    TurnStep body;
    body.speaker = speaker;
    body.time = time;
    body.prompt = "I feel ... when ...";
    body.overtime = overtime;
    return Step{body, {}};
}

Step reflect(Seat listener, Seconds time, int rounds, Seconds clarify) {
    ReflectStep body;
    body.listener = listener;
    body.time = time;
    body.prompt = "What I heard you say is ...";
    body.rounds = rounds;
    body.clarify = clarify;
    return Step{body, {}};
}

Step exchange(Seat first, int rounds, Seconds turn_time, Seconds reflect_time) {
    ExchangeStep body;
    body.first = first;
    body.rounds = rounds;
    body.turn = turn_time;
    body.reflect = reflect_time;
    body.prompt = "I feel ... when ... and I need ...";
    return Step{body, {}};
}

Step checkin(std::string question, int scale, std::optional<int> pause_at_or_below) {
    return Step{CheckinStep{std::move(question), scale, pause_at_or_below, true, {}}, {}};
}

Step breathe(Seconds time, BreathPattern pattern) { return Step{BreatheStep{time, pattern}, {}}; }

Step agreement(std::string prompt, Quorum confirm) {
    return Step{AgreementStep{std::move(prompt), confirm, std::nullopt}, {}};
}

ChoiceOption go_to(std::string label, std::size_t item) {
    ChoiceOption option;
    option.label = std::move(label);
    option.goto_item = item;
    return option;
}

ChoiceOption end_here(std::string label) {
    ChoiceOption option;
    option.label = std::move(label);
    option.end = true;
    return option;
}

Step choice(std::string question, std::vector<ChoiceOption> options) {
    return Step{ChoiceStep{std::move(question), std::move(options)}, {}};
}

Item item(std::string title, std::vector<Step> steps, std::optional<Seconds> time) {
    Item result;
    result.title = std::move(title);
    result.steps = std::move(steps);
    result.time = time;
    return result;
}

Script script_of(std::vector<Item> agenda) {
    Script script;
    script.file = "test.yaml";
    script.title = "Test conversation";
    script.agenda = std::move(agenda);
    return script;
}

Script long_script() {
    using std::chrono::minutes;
    const Seat left = Seat::left, right = Seat::right;
    Script script = script_of({
        item("Arrive",
             {say("Welcome. Take a moment to arrive."), breathe(minutes{2}),
              checkin("How calm do you feel right now?", 5, 1)},
             minutes{5}),
        item("Appreciations", {turn(left, minutes{5}), turn(right, minutes{5}), say("Thank you both.")}, minutes{8}),
        item("A concern", {exchange(left, 2, minutes{8}, minutes{3})}),
        item("The other side", {exchange(right, 1, minutes{6}, minutes{3})}),
        item("Agreement", {agreement("What will each of us try this week?"),
                           choice("Go on or stop here?", {go_to("One more round", 3), go_to("Close", 5)})}),
        item("Close",
             {say("Thank you both.", minutes{2}), breathe(minutes{3}, BreathPattern::four_seven_eight()),
              turn(left, minutes{5}, Overtime::advance), turn(right, minutes{5}), checkin("How do you feel now?")}),
    });
    script.agenda[3].id = "other";
    script.agenda[5].id = "close";
    return script;
}

Run::Run(Script script) : m_session(std::move(script)) {}

Outcome Run::send(const Command& command) {
    m_journal.push_back(JournalEntry{m_clock.now(), command});
    return m_session.apply(command, m_clock.now());
}

void Run::wait(Duration by) {
    m_clock.advance(by);
    m_session.advance_to(m_clock.now());
}

bool Run::wait_for_deadline() {
    const auto deadline = m_session.next_deadline();
    if (!deadline) return false;
    if (*deadline > m_clock.now()) m_clock.advance(*deadline - m_clock.now());
    m_session.advance_to(m_clock.now());
    return true;
}

Duration Run::remaining() const {
    const Snapshot snapshot = shot();
    INFO(describe(snapshot));
    REQUIRE(snapshot.timer.has_value());
    return snapshot.timer->remaining;
}

bool same_record(const SessionRecord& a, const SessionRecord& b) {
    for (const Seat seat : {Seat::left, Seat::right})
        if (speaking_time(a, seat) != speaking_time(b, seat)) return false;
    if (active_time(a) != active_time(b) || total_time(a) != total_time(b) || a.finish != b.finish ||
        a.items_done != b.items_done || a.pauses.size() != b.pauses.size() || a.checkins.size() != b.checkins.size() ||
        a.agreements.size() != b.agreements.size() || a.reflections.size() != b.reflections.size() ||
        a.overrides != b.overrides)
        return false;
    for (std::size_t i = 0; i < a.reflections.size(); ++i) {
        const auto &x = a.reflections[i], &y = b.reflections[i];
        if (x.item != y.item || x.speaker != y.speaker || x.round != y.round || x.verdict != y.verdict) return false;
    }
    for (std::size_t i = 0; i < a.pauses.size(); ++i) {
        const auto &x = a.pauses[i], &y = b.pauses[i];
        if (x.started != y.started || pause_length(a, x) != pause_length(b, y) || x.cause != y.cause ||
            x.seat != y.seat)
            return false;
    }
    for (std::size_t i = 0; i < a.checkins.size(); ++i) {
        const auto &x = a.checkins[i], &y = b.checkins[i];
        if (x.item != y.item || x.question != y.question || x.seat != y.seat || x.value != y.value ||
            x.scale != y.scale)
            return false;
    }
    for (std::size_t i = 0; i < a.agreements.size(); ++i) {
        const auto &x = a.agreements[i], &y = b.agreements[i];
        if (x.item != y.item || x.prompt != y.prompt || x.text != y.text || x.aloud != y.aloud ||
            x.confirmed != y.confirmed)
            return false;
    }
    return true;
}

namespace {

std::string seconds_text(Duration value) {
    std::ostringstream out;
    out << std::chrono::duration<double>(value).count() << "s";
    return out.str();
}

}  // namespace

std::string describe(const SessionRecord& record) {
    std::ostringstream out;
    out << "record{speaking " << seconds_text(speaking_time(record, Seat::left)) << "/"
        << seconds_text(speaking_time(record, Seat::right)) << ", active " << seconds_text(active_time(record))
        << ", total " << seconds_text(total_time(record)) << ", pauses " << record.pauses.size() << ", checkins "
        << record.checkins.size() << ", agreements " << record.agreements.size() << ", items_done "
        << record.items_done.size() << "}";
    return out.str();
}

std::string describe(const Snapshot& snapshot) {
    std::ostringstream out;
    out << "{" << phase_name(snapshot.phase.kind()) << " item " << snapshot.item << " step " << snapshot.step << " "
        << activity_name(snapshot.activity) << " floor " << (snapshot.floor == Seat::left ? "left" : "right");
    if (snapshot.timer)
        out << " timer " << seconds_text(snapshot.timer->remaining) << "/" << seconds_text(snapshot.timer->total)
            << " warn " << snapshot.timer->warn_level;
    if (snapshot.item_box) out << " box " << seconds_text(snapshot.item_box->remaining);
    if (snapshot.rounds) out << " round " << snapshot.round << "/" << snapshot.rounds;
    if (snapshot.pairs) out << " pair " << snapshot.pair << "/" << snapshot.pairs;
    if (snapshot.pause())
        out << " pause #" << snapshot.pause()->count << " cool-down "
            << seconds_text(snapshot.pause()->cooldown_remaining) << " ready " << snapshot.pause()->ready[0]
            << snapshot.pause()->ready[1];
    out << "}";
    return out.str();
}

int count_of(const std::vector<Cue>& cues, Cue cue) {
    int count = 0;
    for (const Cue each : cues)
        if (each == cue) ++count;
    return count;
}

}  // namespace attune::test
