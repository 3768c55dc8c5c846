# Runs COMMAND (a ;-list) and compares its standard output with the file
# EXPECTED; prints a diff-like report on mismatch.
execute_process(COMMAND ${COMMAND} OUTPUT_VARIABLE actual ERROR_VARIABLE errors
                RESULT_VARIABLE result)
file(READ ${EXPECTED} expected)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "exit code ${result}\nstdout:\n${actual}\nstderr:\n${errors}")
endif()
if(NOT actual STREQUAL expected)
  message(FATAL_ERROR "output differs\n--- expected\n${expected}--- actual\n${actual}")
endif()
message(STATUS "output matches ${EXPECTED}")
