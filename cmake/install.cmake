# Installation: headers, the shared C library, the static C++ core, a CMake
# package (find_package(relance CONFIG)) and a pkg-config file.
include(CMakePackageConfigHelpers)

install(TARGETS relance relance_core EXPORT relanceTargets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES capi/include/relance.h DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY include/relance DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

set(RELANCE_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/relance)
install(EXPORT relanceTargets NAMESPACE relance:: DESTINATION ${RELANCE_CMAKE_DIR})
configure_package_config_file(cmake/relanceConfig.cmake.in
  "${PROJECT_BINARY_DIR}/relanceConfig.cmake"
  INSTALL_DESTINATION ${RELANCE_CMAKE_DIR})
write_basic_package_version_file("${PROJECT_BINARY_DIR}/relanceConfigVersion.cmake"
  COMPATIBILITY SameMinorVersion)
install(FILES "${PROJECT_BINARY_DIR}/relanceConfig.cmake"
              "${PROJECT_BINARY_DIR}/relanceConfigVersion.cmake"
        DESTINATION ${RELANCE_CMAKE_DIR})

# The .pc file locates the prefix relative to itself, so a relocated
# install (cmake --install --prefix X) stays correct.
file(RELATIVE_PATH RELANCE_PC_TO_PREFIX "/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/")
string(REGEX REPLACE "/$" "" RELANCE_PC_TO_PREFIX "${RELANCE_PC_TO_PREFIX}")
configure_file(cmake/relance.pc.in "${PROJECT_BINARY_DIR}/relance.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/relance.pc"
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
