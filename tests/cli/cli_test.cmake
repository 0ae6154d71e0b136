# Exit codes and error messages of the command line (DESIGN.md: 0/1/2/3).
function(expect_run expected_rc expected_err)
  execute_process(COMMAND ${EXE} ${ARGN} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT rc EQUAL expected_rc)
    message(FATAL_ERROR "claimcheck ${ARGN}: exit ${rc}, expected ${expected_rc}\nstdout: ${out}\nstderr: ${err}")
  endif()
  if(NOT expected_err STREQUAL "" AND NOT err MATCHES "${expected_err}")
    message(FATAL_ERROR "claimcheck ${ARGN}: stderr does not match '${expected_err}':\n${err}")
  endif()
endfunction()

expect_run(0 "" check samples/city-budget.md)
expect_run(1 "" check samples/ai-chip-budget.md)
expect_run(1 "" check samples)
expect_run(2 "^no/such/file.md: error: cannot read file: No such file or directory\n$" check no/such/file.md)
expect_run(2 "did you mean 'check'" chekc samples)
expect_run(2 "" check --format nope samples/city-budget.md)
# A missing file among good ones still fails the run, after checking the rest.
expect_run(2 "no/such/file.md" check samples/city-budget.md no/such/file.md)
# Standard input.
execute_process(COMMAND ${EXE} check - INPUT_FILE samples/ai-chip-budget.md RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
if(NOT rc EQUAL 1)
  message(FATAL_ERROR "check - on stdin: exit ${rc}, expected 1")
endif()
# A binary file is skipped with one line; it does not fail the run.
file(MAKE_DIRECTORY ${WORK})
execute_process(COMMAND printf "a\\000b" OUTPUT_FILE ${WORK}/binary.md)
expect_run(0 "binary.md: warning: binary file \\(contains NUL bytes\\), skipped" check ${WORK}/binary.md)
# A broken rules directory names the file, line and column.
file(MAKE_DIRECTORY ${WORK}/badrules)
file(COPY rules/ DESTINATION ${WORK}/badrules)
file(WRITE ${WORK}/badrules/relations/partition.toml "kind = \"partitoin\"\n")
expect_run(2 "partition.toml:1:8: error: unknown relation kind 'partitoin' \\(did you mean 'partition'\\?\\)" check --rules-dir ${WORK}/badrules samples/city-budget.md)
# Directories with include and exclude globs.
expect_run(0 "" check --exclude "ai-*" --exclude "quarterly*" samples)
expect_run(1 "" check --include "ai-*" samples)
