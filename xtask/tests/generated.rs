//! The checked-in generated files must be exactly what the generator makes now.

#[test]
fn generated_files_are_current() {
    let root = xtask::project_root();
    let stale = xtask::stale_files(&root).expect("generator runs");
    assert!(
        stale.is_empty(),
        "stale generated files {stale:?}: run `cargo xtask generate`"
    );
}

#[test]
fn the_data_file_parses_and_renders() {
    let rows = xtask::load_table(&xtask::project_root()).expect("data/codes.tsv is valid");
    assert_eq!(rows.len(), 349);
    let rust = xtask::render_rust(&rows);
    assert!(rust.starts_with("// generated — do not edit."));
    for row in &rows {
        assert!(rust.contains(&format!("pub const {}: c_int", row.name)), "{}", row.name);
    }
}

#[test]
fn the_parser_rejects_bad_rows() {
    let header =
        "code\tname\tkind\talias_of\tdeprecated\tcategory\tdeprecated_since\tdescription\tdescription_source\n";
    let good = "-714\tBS_SDK_ERROR_CANNOT_FIND_USER\tcode\t\tno\tdatabase\t\tCannot find user.\tseed\n";
    assert!(xtask::parse_table(&format!("{header}{good}")).is_ok());
    let bad_rows = [
        // not a number
        "x\tBS_SDK_ERROR_A\tcode\t\tno\tdatabase\t\tA.\tours\n",
        // missing column
        "-1\tBS_SDK_ERROR_A\tcode\t\tno\tdatabase\t\tA.\n",
        // lower-case name
        "-1\tbs_sdk_error_a\tcode\t\tno\tdriver\t\tA.\tours\n",
        // no period
        "-1\tBS_SDK_ERROR_A\tcode\t\tno\tdriver\t\tA\tours\n",
        // canonical code without description
        "-1\tBS_SDK_ERROR_A\tcode\t\tno\tdriver\t\t\t\n",
        // alias of a name that is not the canonical row of its code
        "-1\tBS_SDK_ERROR_A\talias\tBS_SDK_ERROR_CANNOT_FIND_USER\tno\tdriver\t\t\t\n",
        // out of order (after -714)
        "-800\tBS_SDK_ERROR_A\tcode\t\tno\tconfig\t\tA.\tours\n",
        // duplicate name
        "-1\tBS_SDK_ERROR_CANNOT_FIND_USER\tcode\t\tno\tdriver\t\tA.\tours\n",
        // a quote would break the generated sources
        "-1\tBS_SDK_ERROR_A\tcode\t\tno\tdriver\t\tA \"b\".\tours\n",
    ];
    for bad in bad_rows {
        assert!(
            xtask::parse_table(&format!("{header}{good}{bad}")).is_err(),
            "accepted {bad:?}"
        );
    }
    assert!(xtask::parse_table("code\tname\n").is_err());
}

#[test]
fn every_macro_is_checked_in_if_and_as_a_case_label() {
    let rows = xtask::load_table(&xtask::project_root()).expect("data/codes.tsv is valid");
    let test = xtask::header_tests::render_every_macro_test(&rows);
    for row in &rows {
        assert!(
            test.contains(&format!("#if !({} == {})\n", row.name, row.code)),
            "{}",
            row.name
        );
        assert!(
            test.contains(&format!("{{ case {}: return 1;", row.name)),
            "{}",
            row.name
        );
        assert!(
            test.contains(&format!("BS_STATIC_ASSERT({} == {},", row.name, row.code)),
            "{}",
            row.name
        );
    }
}

#[test]
fn the_header_prelude_steps_aside_for_every_macro_and_declares_every_deprecated_typedef() {
    let rows = xtask::load_table(&xtask::project_root()).expect("data/codes.tsv is valid");
    let prelude = xtask::header_prelude::render(&rows);
    assert!(prelude.contains(&format!(
        "#ifndef {0}\n#define {0}\n#else\n",
        xtask::header_prelude::SDK_INCLUDE_GUARD
    )));
    for row in &rows {
        assert!(prelude.contains(&format!("#undef {}\n", row.name)), "{}", row.name);
        let typedef = xtask::header_prelude::deprecated_typedef_name(&row.name);
        assert_eq!(
            prelude.contains(&format!("({typedef},")),
            row.deprecated,
            "{}",
            row.name
        );
    }
}
