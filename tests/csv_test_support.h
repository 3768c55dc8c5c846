// Test helpers for the CSV tests: a temporary directory with files, and
// import errors as the text a user reads.

#ifndef RELANCE_TESTS_CSV_TEST_SUPPORT_H_
#define RELANCE_TESTS_CSV_TEST_SUPPORT_H_

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "relance/csv.h"

namespace relance::testing {

// A fresh directory under the system's temporary directory, removed with
// the object.
class TempDir {
 public:
  TempDir() {
    static int counter = 0;
    path_ = std::filesystem::temp_directory_path() /
            ("relance_csv_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  ~TempDir() { std::filesystem::remove_all(path_); }

  // Writes file `name` (bytes as given); returns its path.
  std::string Write(const std::string& name, std::string_view text) const {
    const std::filesystem::path p = path_ / name;
    std::ofstream(p, std::ios::binary) << text;
    return p.string();
  }
  std::string Read(const std::string& name) const {
    std::ifstream in(path_ / name, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  std::string path() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

using Lines = std::vector<std::string>;

// "file:line: column c: reason" for each error.
inline Lines Texts(const std::vector<CsvError>& errors) {
  Lines out;
  for (const CsvError& e : errors) out.push_back(e.ToString());
  return out;
}

}  // namespace relance::testing

#endif  // RELANCE_TESTS_CSV_TEST_SUPPORT_H_
