# Runs claimcheck on INPUT with FORMAT and compares stdout with EXPECTED.
# Set UPDATE=1 to rewrite EXPECTED instead (review the diff before committing).
execute_process(
  COMMAND ${EXE} check --format ${FORMAT} --color never ${INPUT}
  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 AND NOT rc EQUAL 1)
  message(FATAL_ERROR "claimcheck exited ${rc} on ${INPUT}: ${err}")
endif()
string(APPEND out "exit: ${rc}\n")
if(DEFINED ENV{UPDATE} OR UPDATE)
  file(WRITE ${EXPECTED} "${out}")
  return()
endif()
if(NOT EXISTS ${EXPECTED})
  message(FATAL_ERROR "missing golden file ${EXPECTED}; run with UPDATE=1 to create it")
endif()
file(READ ${EXPECTED} expected)
if(NOT out STREQUAL expected)
  file(WRITE ${EXPECTED}.actual "${out}")
  message(FATAL_ERROR "output differs from ${EXPECTED}\n--- expected\n${expected}\n--- actual\n${out}")
endif()
