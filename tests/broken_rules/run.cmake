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
  "pattern-unknown-figure-kind|rule.toml:4:46: error: unknown figure kind 'percnt' \\(did you mean 'percent'\\?\\)$"
  "pattern-unbound-role|rule.toml:4:9: error: role 'share' is unbound: kind share needs a \\{share:...\\} capture$"
  "pattern-unused-capture|rule.toml:4:53: error: capture 'totl' is no role of kind combined, so nothing uses it \\(did you mean 'total'\\?\\)$"
  "pattern-unclosed-group|rule.toml:4:26: error: '\\(' is not closed$"
  "pattern-unknown-word-class|rule.toml:4:28: error: unknown word class '@mor_than' \\(did you mean 'more_than'\\?\\)$"
  "pattern-bad-regex|rule.toml:4:29: error: bad regular expression: missing \\)"
  "pattern-gap-too-long|rule.toml:4:26: error: a gap of at most 50 words$"
  "pattern-missing-option|rule.toml:3:1: error: kind change needs direction = \"...\" in each pattern$"
  "pattern-bad-option|rule.toml:5:7: error: 'cmp' must be one of '<=' '<' '>=' '>'$"
  "pattern-on-coded-kind|rule.toml:3:1: error: kind table_total takes no \\[\\[pattern\\]\\]. pattern kinds: "
  "pattern-matches-nothing|rule.toml:4:10: error: the pattern can match without a token"
  "pattern-role-twice|rule.toml:4:27: error: kind majority takes at most 1 'whole'$"
  "pattern-escaped-string|rule.toml:4:50: error: unknown figure kind 'monye' \\(did you mean 'money'\\?\\)$"
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
