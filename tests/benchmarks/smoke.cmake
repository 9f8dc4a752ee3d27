# SPDX-License-Identifier: GPL-3.0-or-later
# The bench_smoke test: a vault of one regency (55 accounts) with 200 generated log entries from
# brankas-bench-gen (and 15 months of figures per account), then brankas-bench verifying its log and
# running every measurement once, given EVALUATION the evaluation report benchmark, and, given
# RUNNER and CLI, brankas-bench-run timing `brankas-cli account search` and `check` once.
# Usage:
#   cmake -DGENERATOR=... -DBENCH=... -DPASSPHRASES=... [-DEVALUATION=...] [-DRUNNER=... -DCLI=...]
#         -P smoke.cmake
foreach(variable GENERATOR BENCH PASSPHRASES)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "smoke.cmake: -D${variable}=... is missing")
    endif()
endforeach()

# Vaults live in the temporary folder, never in the source or build tree.
if(DEFINED ENV{TMPDIR} AND IS_DIRECTORY "$ENV{TMPDIR}")
    set(tmp "$ENV{TMPDIR}")
else()
    set(tmp "/tmp")
endif()
string(RANDOM LENGTH 12 suffix)
set(workdir "${tmp}/brankas-bench-smoke-${suffix}")
file(MAKE_DIRECTORY "${workdir}")
set(vault "${workdir}/smoke.brankas")

function(step name)
    execute_process(COMMAND ${ARGN}
        INPUT_FILE "${PASSPHRASES}"
        RESULT_VARIABLE result
        OUTPUT_VARIABLE output
        ERROR_VARIABLE errors)
    message("--- ${name}\n${output}${errors}")
    if(NOT result EQUAL 0)
        file(REMOVE_RECURSE "${workdir}")
        message(FATAL_ERROR "${name} failed (${result})")
    endif()
endfunction()

step("brankas-bench-gen" "${GENERATOR}" --vault "${vault}" --regency 72.05 --log-entries 200 --metrics-months 15)
# 200 generated entries after "vault.created" and "officer.added" (and the accounts' entries).
step("brankas-bench --verify-only" "${BENCH}" --vault "${vault}" --verify-only --min-entries 202)
step("brankas-bench" "${BENCH}" --vault "${vault}" --runs 2 --verify-runs 1 --scrypt-runs 1
     --single-commits 20 --batch 100 --min-entries 202)
if(DEFINED EVALUATION)
    # The 15 months of figures cover 2024 whole.
    step("brankas-bench-evaluation-report" "${EVALUATION}" --vault "${vault}" --province 72 --year 2024 --out "${workdir}")
endif()
if(DEFINED RUNNER AND DEFINED CLI)
    step("brankas-bench-run account search" "${RUNNER}" --runs 1 --stdin "${PASSPHRASES}" --label search --
         "${CLI}" --vault "${vault}" --officer Admin account search momunu)
    step("brankas-bench-run check" "${RUNNER}" --runs 1 --stdin "${PASSPHRASES}" --label check --
         "${CLI}" --vault "${vault}" --officer Admin check --date 2025-01-03)
endif()
file(REMOVE_RECURSE "${workdir}")
