# One INTERFACE target carries the language level, the warnings and the strict Qt defines.
# The core links it PUBLIC, so every target built on the core gets the same settings.
add_library(credentialconnect_compile_options INTERFACE)

target_compile_features(credentialconnect_compile_options INTERFACE cxx_std_17)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(credentialconnect_compile_options INTERFACE
        -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Wshadow)
    if(CC_WARNINGS_AS_ERRORS)
        target_compile_options(credentialconnect_compile_options INTERFACE -Werror)
    endif()
endif()

target_compile_definitions(credentialconnect_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

# -DCC_SANITIZE=ON builds everything with AddressSanitizer and UndefinedBehaviorSanitizer;
# any finding stops the program, so a test that triggers one fails.
option(CC_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
# The fuzz targets want every library instrumented for coverage and checked by the sanitizers.
if(CC_FUZZ)
    set(CC_SANITIZE ON)
    target_compile_options(credentialconnect_compile_options INTERFACE
        -fsanitize=fuzzer-no-link)
endif()
if(CC_SANITIZE)
    target_compile_options(credentialconnect_compile_options INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(credentialconnect_compile_options INTERFACE
        -fsanitize=address,undefined)
endif()

# Most of the time a translation unit takes to compile goes into parsing Qt's headers. With
# CC_PRECOMPILED_HEADERS each library parses the ones it uses most once, and all the tests
# share one set, so a fresh build (every CI run) takes far less time. The headers are those a
# source includes itself; a build without them (-DCC_PRECOMPILED_HEADERS=OFF) works the same.
option(CC_PRECOMPILED_HEADERS "Precompile the Qt headers used most" ON)
function(cc_precompile_qt_headers target)
    if(CC_PRECOMPILED_HEADERS)
        target_precompile_headers(${target} PRIVATE ${ARGN})
    endif()
endfunction()
