# Runs clang-format --dry-run over every .cpp/.h of the tree (build directories excluded)
# and fails with the list of the files out of style.
file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}"
     "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
     "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h"
     "${SOURCE_DIR}/storage/*.cpp" "${SOURCE_DIR}/storage/*.h"
     "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h")
list(FILTER sources EXCLUDE REGEX "(^|/)build/")
list(LENGTH sources count)
set(offenders "")
foreach(source IN LISTS sources)
    execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror "${source}"
                    WORKING_DIRECTORY "${SOURCE_DIR}" RESULT_VARIABLE result OUTPUT_QUIET ERROR_QUIET)
    if(NOT result EQUAL 0)
        list(APPEND offenders "${source}")
    endif()
endforeach()
if(offenders)
    list(LENGTH offenders bad)
    list(JOIN offenders "\n  " listed)
    message(FATAL_ERROR "${bad} of ${count} files are not in the style of .clang-format "
                        "(fix with clang-format -i):\n  ${listed}")
endif()
message(STATUS "${count} files in the style of .clang-format")
