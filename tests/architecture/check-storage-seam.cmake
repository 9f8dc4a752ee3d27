# SPDX-License-Identifier: GPL-3.0-or-later
# Fails listing every line under ui/ and app/ that includes a header of core/storage/ or names the
# Storage namespace: which engine holds the vault is core's business alone. And every line of core/
# outside core/storage/ that asks which engine a database is: the rest of core asks core/storage
# what it needs (a format number, the words of a check) or the vault's address where it is a
# question of place, so that a third engine changes core/storage and the address alone.
cmake_minimum_required(VERSION 3.21)

set(forbidden "core/storage/|(^|[^A-Za-z0-9_])Storage::|Brankas::Storage([^A-Za-z0-9_]|$)")

function(find_forbidden out)
    set(found "")
    foreach(file ${ARGN})
        file(STRINGS ${file} lines REGEX "${forbidden}")
        file(RELATIVE_PATH relative ${SOURCE_DIR} ${file})
        foreach(line ${lines})
            string(STRIP "${line}" line)
            if(NOT line STREQUAL "")
                string(APPEND found "\n  ${relative}: ${line}")
            endif()
        endforeach()
    endforeach()
    set(${out} "${found}" PARENT_SCOPE)
endfunction()

# The pattern itself, on lines it must and must not find: a typo in it would otherwise let this test
# pass whatever it reads.
function(check_pattern what)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "FINDS;SKIPS")
    foreach(line IN LISTS arg_FINDS)
        if(NOT line MATCHES "${forbidden}")
            message(FATAL_ERROR "The ${what} pattern misses: ${line}")
        endif()
    endforeach()
    foreach(line IN LISTS arg_SKIPS)
        if(line MATCHES "${forbidden}")
            message(FATAL_ERROR "The ${what} pattern wrongly finds: ${line}")
        endif()
    endforeach()
endfunction()

# Fails listing `hits` after the reason (the rest of the arguments, joined), or says what passed.
function(report hits passed)
    if(hits)
        string(JOIN "" why ${ARGN})
        message(FATAL_ERROR "${why}:${hits}")
    endif()
    message(STATUS "${passed}")
endfunction()

file(GLOB_RECURSE files ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h)
list(LENGTH files count)
if(count EQUAL 0)
    message(FATAL_ERROR "No sources under ${SOURCE_DIR}/ui or ${SOURCE_DIR}/app")
endif()

check_pattern("storage" FINDS "#include <core/storage/logstore.h>" "#include \"../../core/storage/sqlerror.h\""
              "Storage::LogFilter filter;" "(Storage::needsServerPassword(error))" "using namespace Brankas::Storage;"
              SKIPS "#include <core/log/logfilter.h>" "QStorageInfo info;" "KeyStorage::open()" "Brankas::Storages")

find_forbidden(hits ${files})
report("${hits}" "${count} files of ui/ and app/ stay off core/storage"
       "ui/ and app/ must not reach into core/storage (add what they need to core's services or to a value type "
       "outside core/storage)")

set(forbidden "Database::Engine|[.>]engine\\(\\)")
check_pattern("engine" FINDS "if (db.engine() == x)" "m_db->engine()" "Storage::Database::Engine::SQLite"
              SKIPS "address.value().isServer()" "Storage::latestSchemaVersion(*m_db)" "QSqlDatabase::database()")
file(GLOB_RECURSE core_files ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/core/*.h)
list(FILTER core_files EXCLUDE REGEX "/core/storage/")
list(LENGTH core_files core_count)
if(core_count EQUAL 0)
    message(FATAL_ERROR "No sources under ${SOURCE_DIR}/core outside core/storage")
endif()
find_forbidden(engine_hits ${core_files})
report("${engine_hits}" "${core_count} files of core/ outside core/storage do not ask for the engine"
       "core/ outside core/storage must not ask which engine holds the vault (ask core/storage for what differs, "
       "or the vault's address for where it is)")

# Nothing outside core/storage speaks SQL: no Qt Sql type and no statement on the vault's
# connection. The services hand the vault's database to the stores and nothing else, so the stores
# are the whole interface a third engine would implement, whatever the rest of core does.
set(forbidden "QSql[A-Z]|QtSql|[.>]connection\\(\\)")
check_pattern("SQL" FINDS "#include <QSqlQuery>" "QSqlQuery query(m_vault.database().connection());"
              "#include <QtSql/QSqlError>" "db->connection()"
              SKIPS "Storage::AccountStore store(m_vault.database());" "QObject::connect(a, b)" "connectionNumber()"
                    "m_connections.size()")
file(GLOB_RECURSE outside_storage ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/core/*.h ${SOURCE_DIR}/ui/*.cpp
     ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h)
list(FILTER outside_storage EXCLUDE REGEX "/core/storage/")
find_forbidden(sql_hits ${outside_storage})
list(LENGTH outside_storage outside_count)
report("${sql_hits}" "${outside_count} files outside core/storage run no SQL"
       "Only core/storage may run SQL (add what is needed to a store)")

# Nor through a header of core: every header ui/ and app/ include, and every header those include
# in turn, stays out of core/storage, so that no storage type reaches the GUI or the CLI unseen.
function(core_includes file out)
    file(STRINGS ${file} lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
    get_filename_component(dir ${file} DIRECTORY)
    set(found "")
    foreach(line ${lines})
        if(line MATCHES "#[ \t]*include[ \t]*<(core/[^>]+)>")
            set(path ${SOURCE_DIR}/${CMAKE_MATCH_1})
        elseif(line MATCHES "#[ \t]*include[ \t]*\"([^\"]+)\"")
            get_filename_component(path ${CMAKE_MATCH_1} ABSOLUTE BASE_DIR ${dir})
        else()
            continue()
        endif()
        if(path MATCHES "^${SOURCE_DIR}/core/" AND EXISTS ${path})
            list(APPEND found ${path})
        endif()
    endforeach()
    set(${out} ${found} PARENT_SCOPE)
endfunction()

# A header met for the first time joins the walk, remembering the chain that led to it. A macro, so
# that it adds to the caller's lists.
macro(enqueue_header header via)
    if(NOT ${header} IN_LIST seen)
        list(APPEND seen ${header})
        list(APPEND queue ${header})
        string(MD5 enqueued_key ${header})
        set(chain_${enqueued_key} "${via}")
    endif()
endmacro()

# Walks the headers reachable from `starts`, and lists each chain that ends in core/storage.
function(storage_chains out)
    set(queue "")
    set(seen "")
    foreach(start ${ARGN})
        core_includes(${start} first)
        file(RELATIVE_PATH from ${SOURCE_DIR} ${start})
        foreach(header ${first})
            enqueue_header(${header} "${from}")
        endforeach()
    endforeach()
    set(chains "")
    while(queue)
        list(POP_FRONT queue header)
        string(MD5 key ${header})
        file(RELATIVE_PATH relative ${SOURCE_DIR} ${header})
        set(chain "${chain_${key}} -> ${relative}")
        if(relative MATCHES "^core/storage/")
            string(APPEND chains "\n  ${chain}")
            continue()
        endif()
        core_includes(${header} next)
        foreach(included ${next})
            enqueue_header(${included} "${chain}")
        endforeach()
    endwhile()
    list(LENGTH seen count)
    set(${out} "${chains}" PARENT_SCOPE)
    set(${out}_count ${count} PARENT_SCOPE)
endfunction()

# The walk itself, on a header of core that includes one of core/storage.
storage_chains(probe ${SOURCE_DIR}/core/vault/vaultdatabase.h)
if(NOT probe MATCHES "core/vault/vaultdatabase.h -> core/storage/database.h")
    message(FATAL_ERROR "The include walk misses core/vault/vaultdatabase.h -> core/storage/database.h:${probe}")
endif()
storage_chains(chains ${files})
report("${chains}" "${chains_count} headers of core that ui/ and app/ include stay off core/storage"
       "ui/ and app/ reach core/storage through core's headers (give them a header that needs no storage type)")
