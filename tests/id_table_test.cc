// The host-id table and its hash index (src/id_table.h, src/id_index.h):
// ids numbered densely in insertion order, found again by text, added one
// by one or in bulk (window by window past 32768 ids), all or none, with
// the first duplicate reported as adding them one by one would.

#include "id_table.h"

#include <cstdint>
#include <numeric>
#include <random>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "gtest/gtest.h"

namespace relance::ledger_internal {
namespace {

// "INV-00000042"-like ids: what a book's item ids look like.
std::vector<std::string> Ids(std::string_view prefix, std::size_t from, std::size_t n) {
  std::vector<std::string> ids;
  ids.reserve(n);
  for (std::size_t i = from; i < from + n; ++i) {
    std::string number = std::to_string(i);
    ids.push_back(std::string(prefix) + std::string(8 - std::min<std::size_t>(8, number.size()), '0') +
                  number);
  }
  return ids;
}

std::vector<std::string_view> Views(const std::vector<std::string>& ids) {
  return std::vector<std::string_view>(ids.begin(), ids.end());
}

// Every id of `ids` is at index first + its position, and the table has
// exactly those after `first`.
void ExpectHolds(const IdTable& table, const std::vector<std::string>& ids, std::size_t first) {
  ASSERT_EQ(table.size(), first + ids.size());
  for (std::size_t i = 0; i < ids.size(); ++i) {
    ASSERT_EQ(table.Find(ids[i]), static_cast<std::int32_t>(first + i)) << ids[i];
    ASSERT_EQ(table.Get(static_cast<std::int32_t>(first + i)), ids[i]);
  }
}

TEST(StringArena, EmptyStringsAfterTheLastNonEmptyOneTakeNoSpace) {
  StringArena arena;
  arena.AppendEmpty(3);
  arena.Append("");
  EXPECT_EQ(arena.size(), 4u);
  EXPECT_EQ(arena.Get(3), "");
  arena.Append("ab");
  arena.AppendEmpty(2);
  arena.Append("c");
  arena.Append("");
  EXPECT_EQ(arena.size(), 9u);
  const std::vector<std::string_view> expected = {"", "", "", "", "ab", "", "", "c", ""};
  for (std::size_t i = 0; i < expected.size(); ++i) EXPECT_EQ(arena.Get(i), expected[i]) << i;
  arena.Truncate(8);
  EXPECT_EQ(arena.Get(7), "c");
  arena.Truncate(6);  // cuts "c" off
  arena.Append("d");
  EXPECT_EQ(arena.size(), 7u);
  EXPECT_EQ(arena.Get(4), "ab");
  EXPECT_EQ(arena.Get(5), "");
  EXPECT_EQ(arena.Get(6), "d");
  arena.Truncate(0);
  arena.Append("e");
  EXPECT_EQ(arena.Get(0), "e");
}

TEST(IdTable, AddsOneByOneAndFinds) {
  IdTable table;
  EXPECT_EQ(table.Find("A"), -1);
  EXPECT_EQ(table.AddIfAbsent("A"), 0);
  EXPECT_EQ(table.AddIfAbsent("B"), 1);
  EXPECT_EQ(table.AddIfAbsent(""), 2);  // the table itself accepts any text
  EXPECT_EQ(table.AddIfAbsent("A"), -1);
  EXPECT_EQ(table.size(), 3u);
  EXPECT_EQ(table.Find("A"), 0);
  EXPECT_EQ(table.Find("B"), 1);
  EXPECT_EQ(table.Find(""), 2);
  EXPECT_EQ(table.Find("C"), -1);
}

TEST(IdTable, GrowsOneByOne) {
  IdTable table;
  const std::vector<std::string> ids = Ids("CL", 0, 100000);
  for (std::size_t i = 0; i < ids.size(); ++i) {
    ASSERT_EQ(table.AddIfAbsent(ids[i]), static_cast<std::int32_t>(i));
  }
  ExpectHolds(table, ids, 0);
  for (const std::string& absent : Ids("CM", 0, 1000)) EXPECT_EQ(table.Find(absent), -1);
}

TEST(IdTable, AddsABatchInTheGivenOrder) {
  IdTable table;
  const std::vector<std::string> first = Ids("A", 0, 1000);
  ASSERT_EQ(table.AddAllIfAbsent(Views(first)), -1);
  const std::vector<std::string> ids = Ids("INV-", 0, 200000);
  std::vector<std::int32_t> order(ids.size());
  std::iota(order.rbegin(), order.rend(), 0);  // reversed
  ASSERT_EQ(table.AddAllIfAbsent(Views(ids), order), -1);
  const std::vector<std::string> reversed(ids.rbegin(), ids.rend());
  ExpectHolds(table, reversed, 1000);
  for (std::size_t i = 0; i < first.size(); ++i) {
    EXPECT_EQ(table.Find(first[i]), static_cast<std::int32_t>(i));
  }
  EXPECT_EQ(table.Find("INV-00200000"), -1);
}

// In a batch large enough to be placed window by window, the reported
// duplicate is the first one in order, not the first one placed.
TEST(IdTable, ALargeBatchWithDuplicatesAddsNothing) {
  IdTable table;
  const std::vector<std::string> before = Ids("OLD", 0, 50000);
  ASSERT_EQ(table.AddAllIfAbsent(Views(before)), -1);
  std::vector<std::string> ids = Ids("NEW", 0, 100000);
  ids[70000] = ids[10];
  ids[99000] = ids[10];
  ids[65000] = ids[60000];
  EXPECT_EQ(table.AddAllIfAbsent(Views(ids)), 65000);
  ExpectHolds(table, before, 0);
  EXPECT_EQ(table.Find(ids[10]), -1);
  EXPECT_EQ(table.Find(ids[60000]), -1);

  ids = Ids("NEW", 0, 100000);
  ids[80000] = before[7];  // already in the table
  ids[90000] = ids[5];
  EXPECT_EQ(table.AddAllIfAbsent(Views(ids)), 80000);
  ExpectHolds(table, before, 0);

  // The same batch without the duplicates goes in afterwards.
  ids = Ids("NEW", 0, 100000);
  ASSERT_EQ(table.AddAllIfAbsent(Views(ids)), -1);
  ExpectHolds(table, ids, 50000);
}

TEST(IdTable, ASmallBatchWithDuplicatesAddsNothing) {
  IdTable table;
  ASSERT_EQ(table.AddIfAbsent("X"), 0);
  std::vector<std::string> ids = Ids("N", 0, 100);
  ids[40] = ids[3];
  ids[60] = "X";
  EXPECT_EQ(table.AddAllIfAbsent(Views(ids)), 40);
  ids[40] = "other";
  EXPECT_EQ(table.AddAllIfAbsent(Views(ids)), 60);
  EXPECT_EQ(table.size(), 1u);
  EXPECT_EQ(table.Find(ids[3]), -1);
  EXPECT_EQ(table.Find("X"), 0);
  EXPECT_EQ(table.AddAllIfAbsent({}), -1);
}

TEST(IdTable, TruncatesFewOrMany) {
  IdTable table;
  const std::vector<std::string> ids = Ids("T", 0, 120000);
  ASSERT_EQ(table.AddAllIfAbsent(Views(ids)), -1);
  table.Truncate(119000);  // erases one by one
  ExpectHolds(table, std::vector<std::string>(ids.begin(), ids.begin() + 119000), 0);
  EXPECT_EQ(table.Find(ids[119500]), -1);
  table.Truncate(1000);  // rebuilds
  ExpectHolds(table, std::vector<std::string>(ids.begin(), ids.begin() + 1000), 0);
  EXPECT_EQ(table.Find(ids[5000]), -1);
  EXPECT_EQ(table.AddIfAbsent(ids[5000]), 1000);
  table.Truncate(0);
  EXPECT_EQ(table.size(), 0u);
  EXPECT_EQ(table.Find(ids[0]), -1);
}

// A batch placed window by window is not in position order across the
// windows' edges (a run of slots that spills into the next window), so
// truncating it erases ids from the middle of runs; every other id must
// stay reachable. A table three quarters full has many such runs.
TEST(IdTable, TruncatingAFullTableKeepsEveryOtherIdReachable) {
  for (const char* prefix : {"A", "B", "C", "D"}) {
    IdTable table;
    const std::vector<std::string> ids = Ids(prefix, 0, 48000);
    ASSERT_EQ(table.AddAllIfAbsent(Views(ids)), -1);
    for (std::size_t n = 48000; n > 24000; n -= 200) table.Truncate(n - 200);
    ExpectHolds(table, std::vector<std::string>(ids.begin(), ids.begin() + 24000), 0);
    for (std::size_t i = 24000; i < ids.size(); ++i) ASSERT_EQ(table.Find(ids[i]), -1);
  }
}

TEST(IdTable, ACopyIsIndependentAndSharedArenasSurvive) {
  IdTable table;
  ASSERT_EQ(table.AddAllIfAbsent(Views(Ids("C", 0, 10))), -1);
  const std::shared_ptr<const StringArena> shared = table.Share();
  IdTable copy = table;
  EXPECT_EQ(copy.AddIfAbsent("extra"), 10);
  EXPECT_EQ(table.Find("extra"), -1);
  EXPECT_EQ(table.AddIfAbsent("mine"), 10);
  EXPECT_EQ(copy.Find("mine"), -1);
  EXPECT_EQ(copy.Find("C00000003"), 3);
  EXPECT_EQ(shared->size(), 10u);  // changes went to copies of the arena
  table = copy;
  EXPECT_EQ(table.Find("extra"), 10);
}

// Random additions (single, small and large batches, some with
// duplicates) and truncations, checked against a plain map after each.
TEST(IdTable, AgreesWithAMapUnderRandomChanges) {
  std::mt19937_64 random(42);
  IdTable table;
  std::vector<std::string> model;
  std::unordered_map<std::string, std::int32_t> where;
  std::size_t fresh = 0;
  for (int step = 0; step < 60; ++step) {
    const std::uint64_t what = random() % 4;
    if (what == 0 && !model.empty()) {
      const std::size_t n = random() % (model.size() + 1);
      table.Truncate(n);
      for (std::size_t i = n; i < model.size(); ++i) where.erase(model[i]);
      model.resize(n);
    } else {
      const std::size_t n = what == 1 ? 1 : what == 2 ? random() % 2000 : 20000 + random() % 60000;
      std::vector<std::string> batch = Ids("R", fresh, n);
      fresh += n;
      std::int64_t expected = -1;
      if (n > 0 && random() % 3 == 0) {  // one duplicate somewhere
        const std::size_t at = random() % n;
        if (!model.empty() && random() % 2 == 0) {
          batch[at] = model[random() % model.size()];
          expected = static_cast<std::int64_t>(at);
        } else if (at > 0) {
          batch[at] = batch[random() % at];
          expected = static_cast<std::int64_t>(at);
        }
      }
      ASSERT_EQ(table.AddAllIfAbsent(Views(batch)), expected) << "step " << step;
      if (expected < 0) {
        for (std::string& id : batch) {
          where[id] = static_cast<std::int32_t>(model.size());
          model.push_back(std::move(id));
        }
      }
    }
    ASSERT_EQ(table.size(), model.size());
    for (const auto& [id, index] : where) ASSERT_EQ(table.Find(id), index) << "step " << step;
    for (const std::string& absent : Ids("Q", fresh, 50)) ASSERT_EQ(table.Find(absent), -1);
  }
}

}  // namespace
}  // namespace relance::ledger_internal
