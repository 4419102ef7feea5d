// What changes on screen from one display list to the next: the boxes the
// shell redraws and presents. Built from the view's real lists where they matter.
#include <catch2/catch.hpp>

#include "damage.hpp"
#include "view_fixtures.hpp"

using namespace attune;
using namespace attune::test;

namespace {

bool inside(const PixelBox& inner, const PixelBox& outer) { return intersect(inner, outer) == inner; }

PixelBox bounds_of_text(const DisplayList& list, std::string_view role) {
    for (const auto& item : list.items)
        if (const auto* text = std::get_if<TextItem>(&item); text && text->role == role) return item_bounds(item);
    FAIL("no text " << role);
    return {};
}

PixelBox bounds_of_disk(const DisplayList& list, std::string_view role) {
    for (const auto& item : list.items)
        if (const auto* found = std::get_if<DiskItem>(&item); found && found->role == role) return item_bounds(item);
    FAIL("no disk " << role);
    return {};
}

DisplayList plain(int width, int height) {
    DisplayList list;
    list.width = width;
    list.height = height;
    list.background = {10, 20, 30, 255};
    return list;
}

}  // namespace

TEST_CASE("an unchanged list has no damage", "[view][damage]") {
    Screen screen;
    screen.snapshot = turn_snapshot(61500ms);
    const DisplayList list = screen.build();
    const Damage damage = find_damage(list, list);
    CHECK(damage.kind == DamageKind::none);
    CHECK(damage.boxes.empty());
    // When it next changes is not drawn.
    DisplayList later = list;
    later.next_change = 5s;
    CHECK(find_damage(list, later).kind == DamageKind::none);
}

TEST_CASE("a countdown's next second damages its digits and the ring's wedge only", "[view][damage]") {
    Screen screen;
    screen.width = 1920;
    screen.height = 1080;
    screen.snapshot = turn_snapshot(61500ms);
    const DisplayList before = screen.build();
    screen.snapshot.timer->remaining = 60500ms;
    const DisplayList after = screen.build();
    REQUIRE(before.text("countdown")->text != after.text("countdown")->text);

    const Damage damage = find_damage(before, after);
    REQUIRE(damage.kind == DamageKind::partial);
    const PixelBox digits = unite(bounds_of_text(before, "countdown"), bounds_of_text(after, "countdown"));
    const PixelBox ring = bounds_of_disk(after, "countdown-ring");
    bool digits_covered = false;
    for (const PixelBox& box : damage.boxes) {
        INFO("box " << box.x << "," << box.y << " " << box.w << "x" << box.h);
        CHECK((inside(box, digits) || inside(box, ring)));
        digits_covered = digits_covered || inside(digits, box);
    }
    CHECK(digits_covered);
    // The ring moved by a 300th of a turn: a thin wedge, not the whole ring.
    const long damaged = damage.area(after.width, after.height);
    CHECK(damaged < digits.area() + ring.area() / 8);
    CHECK(damaged < 1920L * 1080 / 10);
}

TEST_CASE("a new step or a new size damages the whole screen", "[view][damage]") {
    Screen screen;
    screen.snapshot = turn_snapshot(61500ms);
    const DisplayList turn = screen.build();
    screen.snapshot = step_snapshot(at_checkin, Activity::checkin);
    const DisplayList checkin = screen.build();
    CHECK(find_damage(turn, checkin).kind == DamageKind::whole);

    DisplayList larger = turn;
    larger.width += 10;
    CHECK(find_damage(turn, larger).kind == DamageKind::whole);
    DisplayList darker = turn;
    darker.background.r = static_cast<std::uint8_t>(darker.background.r ^ 1);
    CHECK(find_damage(turn, darker).kind == DamageKind::whole);
}

TEST_CASE("an item that moved damages both the place it left and the place it went to", "[view][damage]") {
    DisplayList before = plain(1000, 800);
    before.items.push_back(RectItem{{100, 100, 50, 40}, {200, 0, 0, 255}, 0, 0, ""});
    before.items.push_back(RectItem{{600, 600, 30, 30}, {0, 200, 0, 255}, 0, 0, ""});
    DisplayList after = before;
    std::get<RectItem>(after.items[0]).box = Rect{700, 100, 50, 40};

    const Damage damage = find_damage(before, after);
    REQUIRE(damage.kind == DamageKind::partial);
    const PixelBox left_place{100, 100, 50, 40}, new_place{700, 100, 50, 40};
    bool old_covered = false, new_covered = false;
    for (const PixelBox& box : damage.boxes) {
        old_covered = old_covered || inside(left_place, box);
        new_covered = new_covered || inside(new_place, box);
        // The unchanged square far below stays out of it.
        CHECK_FALSE(overlaps(box, {600, 600, 30, 30}));
    }
    CHECK(old_covered);
    CHECK(new_covered);
    // Two small boxes rather than one across the gap between them.
    CHECK(damage.boxes.size() == 2);
}

TEST_CASE("items added or removed at the end damage their own place", "[view][damage]") {
    DisplayList before = plain(1000, 800);
    before.items.push_back(RectItem{{100, 100, 50, 40}, {200, 0, 0, 255}, 0, 0, ""});
    DisplayList after = before;
    after.items.push_back(RectItem{{300, 300, 20, 20}, {0, 0, 200, 255}, 0, 0, ""});
    for (const auto& [from, to] : {std::pair{before, after}, std::pair{after, before}}) {
        const Damage damage = find_damage(from, to);
        REQUIRE(damage.kind == DamageKind::partial);
        REQUIRE(damage.boxes.size() == 1);
        CHECK(inside({300, 300, 20, 20}, damage.boxes[0]));
        CHECK(damage.boxes[0].area() < 40 * 40);
    }
}

TEST_CASE("a change over most of the screen redraws all of it", "[view][damage]") {
    DisplayList before = plain(400, 300);
    before.items.push_back(RectItem{{0, 0, 380, 280}, {200, 0, 0, 255}, 0, 0, ""});
    DisplayList after = before;
    std::get<RectItem>(after.items[0]).color = {0, 200, 0, 255};
    CHECK(find_damage(before, after).kind == DamageKind::whole);
}

TEST_CASE("many scattered changes merge into a few boxes", "[view][damage]") {
    DisplayList before = plain(2000, 2000);
    for (int i = 0; i < 60; ++i)
        before.items.push_back(RectItem{
            {static_cast<float>(i * 31 % 1900), static_cast<float>(i * 97 % 1900), 8, 8}, {200, 0, 0, 255}, 0, 0, ""});
    DisplayList after = before;
    for (auto& item : after.items) std::get<RectItem>(item).color = {0, 0, 200, 255};
    const Damage damage = find_damage(before, after, DamageLimits{8, 1.0});
    REQUIRE(damage.kind == DamageKind::partial);
    CHECK(damage.boxes.size() <= 8);
    // Every changed square is still inside some box.
    for (const auto& item : after.items) {
        const PixelBox square = intersect(item_bounds(item), {0, 0, 2000, 2000});
        bool covered = false;
        for (const PixelBox& box : damage.boxes) covered = covered || inside(square, box);
        INFO("square " << square.x << "," << square.y << " " << square.w << "x" << square.h);
        CHECK(covered);
    }
}

TEST_CASE("a breathing disk that grows damages the band between its rims, not its middle", "[view][damage]") {
    Screen screen;
    screen.width = 1920;
    screen.height = 1080;
    screen.snapshot = pause_snapshot(10min);
    screen.snapshot.breath = breath_at(BreathPattern::box(), 1s);  // breathing in: the disk grows
    const DisplayList before = screen.build();
    screen.snapshot.breath = breath_at(BreathPattern::box(), 1s + animation_frame);
    const DisplayList after = screen.build();
    const auto* old_disk = disk(before, "breath");
    const auto* new_disk = disk(after, "breath");
    REQUIRE(old_disk);
    REQUIRE(new_disk);
    REQUIRE(new_disk->radius > old_disk->radius);

    const Damage damage = find_damage(before, after);
    REQUIRE(damage.kind == DamageKind::partial);
    const float cx = new_disk->cx, cy = new_disk->cy;
    const float inner = old_disk->radius - 2, outer = new_disk->radius + 2;
    for (const PixelBox& box : damage.boxes) {
        INFO("box " << box.x << "," << box.y << " " << box.w << "x" << box.h);
        // The middle stays as it was.
        CHECK_FALSE(overlaps(box, {static_cast<int>(cx) - 5, static_cast<int>(cy) - 5, 10, 10}));
    }
    // Every pixel of the band is in some box: checked along the rims at many angles.
    for (int step = 0; step < 360; ++step) {
        const float angle = static_cast<float>(step) * 3.14159265f / 180;
        for (const float radius : {inner + 1, (inner + outer) / 2, outer - 1}) {
            const int x = static_cast<int>(cx + radius * std::cos(angle)),
                      y = static_cast<int>(cy + radius * std::sin(angle));
            bool covered = false;
            for (const PixelBox& box : damage.boxes) covered = covered || overlaps(box, {x, y, 1, 1});
            INFO("angle " << step << " radius " << radius);
            CHECK(covered);
        }
    }
    // Much less than the breathing guide's square.
    const PixelBox square = bounds_of_disk(after, "breath-outline");
    CHECK(damage.area(after.width, after.height) < square.area() / 4);
}
