# Each folder here holds one broken rule file. `claimcheck rules test DIR`
# must stop with exactly one line, "FILE:LINE:COL: error: MESSAGE", and exit 2.
set(cases
  "syntax-error|rule.toml:2:18: error: Error while parsing string"
  "unknown-kind|rule.toml:2:8: error: unknown relation kind 'partitoin' \\(did you mean 'partition'\\?\\)$"
  "missing-kind|rule.toml:1:1: error: rule needs kind = \"<relation kind>\"$"
  "unknown-key|rule.toml:3:3: error: unknown key 'exmaple' \\(did you mean 'example'\\?\\)$"
  "unknown-cue|rule.toml:4:1: error: kind partition reads no cue list 'rst' \\(did you mean 'rest'\\?\\)$"
  "cue-not-strings|rule.toml:4:25: error: 'rest' must hold only strings$"
  "example-without-expect|rule.toml:3:1: error: example needs expect = \\[\"...\"\\]$"
  "counter-with-expect|rule.toml:5:10: error: a counter_example expects nothing$"
  "example-without-text|rule.toml:3:1: error: example needs text = \"...\"$"
  "description-not-string|rule.toml:3:15: error: 'description' must be a string$"
  "cues-not-table|rule.toml:3:8: error: 'cues' must be a table of name = \\[phrases\\]$"
  "duplicate-id|combined.toml:1:1: error: duplicate rule id 'combined' \\(also [^\n]*combined.toml\\)$"
)
foreach(c ${cases})
  string(FIND "${c}" "|" bar)
  string(SUBSTRING "${c}" 0 ${bar} name)
  math(EXPR from "${bar} + 1")
  string(SUBSTRING "${c}" ${from} -1 expected)
  execute_process(COMMAND ${EXE} rules test ${DIR}/${name}
                  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
  string(REGEX REPLACE "\n$" "" err "${err}")
  if(NOT rc EQUAL 2)
    message(FATAL_ERROR "${name}: exit ${rc}, expected 2\n${out}${err}")
  endif()
  if(err MATCHES "\n")
    message(FATAL_ERROR "${name}: more than one line:\n${err}")
  endif()
  if(NOT err MATCHES "^${DIR}/${name}/${expected}")
    message(FATAL_ERROR "${name}: got\n  ${err}\nexpected\n  ${DIR}/${name}/${expected}")
  endif()
endforeach()
list(LENGTH cases n)
message(STATUS "${n} broken rule files, each refused with its place")
