//! The Rust API per call, on known and on unknown codes, against the floor of a direct-indexed array over
//! the same range, in process (inlined: no call cost). The C exports are measured through the library by
//! the C bench (bench/bench.c).

use std::hint::black_box;
use std::io::Write as _;

use criterion::{Criterion, criterion_group, criterion_main};

/// A fixed pseudo-random sequence of inputs (xorshift), so every run measures the same work.
fn sample(pool: &[i32], n: usize) -> Vec<i32> {
    let mut x = 0x9E37_79B9_7F4A_7C15u64;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            pool[(x % pool.len() as u64) as usize]
        })
        .collect()
}

fn benches(c: &mut Criterion) {
    let known: Vec<i32> = bs_errno::iter().map(|i| i.code()).collect();
    let unknown: Vec<i32> = (-10400..=40).filter(|&c| !bs_errno::is_known(c)).collect();
    let known = sample(&known, 4096);
    let unknown = sample(&unknown, 4096);

    // The floor: one array slot per value in [min, max] holding the description.
    let min = bs_errno::iter().map(|i| i.code()).min().unwrap();
    let max = bs_errno::iter().map(|i| i.code()).max().unwrap();
    let mut direct: Vec<&'static str> = vec![bs_errno::UNKNOWN_DESCRIPTION; (max - min + 1) as usize];
    for info in bs_errno::iter() {
        direct[(info.code() - min) as usize] = info.description();
    }
    let direct_lookup = |code: i32| {
        direct
            .get(code.wrapping_sub(min) as u32 as usize)
            .copied()
            .unwrap_or(bs_errno::UNKNOWN_DESCRIPTION)
    };

    for (label, codes) in [("known", &known), ("unknown", &unknown)] {
        let mut group = c.benchmark_group(format!("{label} codes, per {} calls", codes.len()));
        group.bench_function("direct array (floor)", |b| {
            b.iter(|| codes.iter().map(|&c| direct_lookup(black_box(c)).len()).sum::<usize>())
        });
        group.bench_function("bs_errno::description", |b| {
            b.iter(|| {
                codes
                    .iter()
                    .map(|&c| bs_errno::description(black_box(c)).len())
                    .sum::<usize>()
            })
        });
        group.bench_function("bs_errno::name", |b| {
            b.iter(|| codes.iter().map(|&c| bs_errno::name(black_box(c)).len()).sum::<usize>())
        });
        group.bench_function("Category::of", |b| {
            b.iter(|| {
                codes
                    .iter()
                    .map(|&c| bs_errno::Category::of(black_box(c)) as usize)
                    .sum::<usize>()
            })
        });
        group.bench_function("bs_errno::lookup", |b| {
            b.iter(|| codes.iter().filter_map(|&c| bs_errno::lookup(black_box(c))).count())
        });
        group.finish();
    }

    let names: Vec<String> = bs_errno::iter().map(|i| i.name().to_string()).collect();
    c.bench_function(&format!("bs_errno::lookup_name, all {} names", names.len()), |b| {
        b.iter(|| names.iter().filter_map(|n| bs_errno::lookup_name(black_box(n))).count())
    });
    let mut buf = [0u8; 160];
    c.bench_function(&format!("bs_errno::line, {} known codes", known.len()), |b| {
        b.iter(|| {
            known
                .iter()
                .map(|&c| {
                    let mut out = &mut buf[..];
                    let _ = write!(out, "{}", bs_errno::line(black_box(c)));
                    160 - out.len()
                })
                .sum::<usize>()
        })
    });
}

criterion_group!(name = lookup; config = Criterion::default().sample_size(30); targets = benches);
criterion_main!(lookup);
