# The "refresh" section (fetching): FetchService against the test HTTP server of
# tests/support, which is built here too when the tests are not.
if(NOT TARGET newsdesk_testsupport)
    add_subdirectory(${CMAKE_CURRENT_SOURCE_DIR}/../support ${CMAKE_CURRENT_BINARY_DIR}/support)
endif()
target_sources(newsdesk-bench PRIVATE refreshbench.cpp serverthread.h feedbench.cpp writerbench.cpp)
target_link_libraries(newsdesk-bench PRIVATE newsdesk_net newsdesk_testsupport)
